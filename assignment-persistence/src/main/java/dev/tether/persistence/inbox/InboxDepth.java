package dev.tether.persistence.inbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * How far processing lags: the events waiting in the inbox and the age of the oldest, read once a
 * second (an index covers the waiting events) and shown as metrics. The webhook refuses new events
 * with 503 while the inbox is deeper than {@code tether.inbox.max-depth}, so LINE retries later.
 */
@Component
public class InboxDepth {

	private static final Logger log = LoggerFactory.getLogger(InboxDepth.class);

	private final JdbcClient db;

	private final InboxProperties properties;

	private final Clock clock;

	private final AtomicLong waiting = new AtomicLong();

	private final AtomicLong oldestMillis = new AtomicLong();

	InboxDepth(JdbcClient db, InboxProperties properties, Clock clock, MeterRegistry meters) {
		this.db = db;
		this.properties = properties;
		this.clock = clock;
		Gauge.builder("tether.inbox.depth", waiting, AtomicLong::get)
			.description("LINE events stored and not processed yet")
			.register(meters);
		Gauge.builder("tether.inbox.oldest.age", oldestMillis, millis -> millis.get() / 1000.0)
			.description("Seconds the oldest unprocessed LINE event has waited")
			.baseUnit("seconds")
			.register(meters);
	}

	/** Whether the inbox is too deep to take more, as of the last reading. */
	public boolean full() {
		return waiting.get() > properties.maxDepth();
	}

	@Scheduled(fixedDelayString = "${tether.inbox.depth-interval:1s}")
	void measure() {
		try {
			Map<String, Object> depth = db.sql("""
					select count(*) as waiting, min(received_at) as oldest from line_event where processed_at is null""")
				.query()
				.singleRow();
			waiting.set(((Number) depth.get("waiting")).longValue());
			Object oldest = depth.get("oldest");
			Instant since = oldest == null ? null : ((java.sql.Timestamp) oldest).toInstant();
			oldestMillis.set(since == null ? 0 : Math.max(0, Duration.between(since, clock.instant()).toMillis()));
		}
		catch (RuntimeException ex) {
			log.debug("Could not read the inbox's depth", ex);
		}
	}
}
