package dev.tether.persistence.line;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.stereotype.Component;

import static dev.tether.persistence.sql.SqlValues.at;

/**
 * Records what LINE made of each reply, many at a time: a writer takes every outcome that has come
 * in and stores them with one statement. Accepted is SENT; refused is FAILED for good; a passing
 * failure is tried again after a backoff, or EXPIRED when the token would run out first. Every
 * outcome ends the reply's lease. An outcome lost to a crash only means the reply is tried again.
 */
@Component
public class ReplyOutcomes implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(ReplyOutcomes.class);

	private static final int BATCH = 500;

	private final BlockingQueue<Outcome> outcomes = new LinkedBlockingQueue<>();

	private final JdbcClient db;

	private final Clock clock;

	private final ThreadPoolTaskExecutor writer = new ThreadPoolTaskExecutor();

	private volatile boolean running;

	ReplyOutcomes(JdbcClient db, Clock clock) {
		this.db = db;
		this.clock = clock;
		writer.setCorePoolSize(1);
		writer.setMaxPoolSize(1);
		writer.setThreadNamePrefix("line-reply-outcomes-");
		writer.setDaemon(true);
	}

	public void record(LeasedReply reply, ReplyDelivery delivery) {
		outcomes.add(new Outcome(reply, delivery));
	}

	private void write() {
		while (running || !outcomes.isEmpty()) {
			List<Outcome> batch = new ArrayList<>();
			try {
				Outcome first = outcomes.poll(200, TimeUnit.MILLISECONDS);
				if (first == null) {
					continue;
				}
				batch.add(first);
				outcomes.drainTo(batch, BATCH - 1);
				// One statement, committed on its own: no managed transaction to open around it.
				store(batch, clock.instant());
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
			catch (RuntimeException ex) {
				log.warn("Could not record {} reply outcomes; their leases run out and they are tried again",
						batch.size(), ex);
			}
		}
	}

	private void store(List<Outcome> batch, Instant now) {
		int n = batch.size();
		Long[] ids = new Long[n];
		String[] kinds = new String[n];
		Integer[] codes = new Integer[n];
		String[] errors = new String[n];
		Long[] backoffs = new Long[n];
		for (int i = 0; i < n; i++) {
			Outcome outcome = batch.get(i);
			ids[i] = outcome.reply().id();
			backoffs[i] = ReplyOutbox.RETRY.after(outcome.reply().attempt()).toMillis();
			if (outcome.delivery() instanceof ReplyDelivery.Refused refused) {
				kinds[i] = "REFUSED";
				codes[i] = refused.statusCode();
				errors[i] = refused.error();
			}
			else if (outcome.delivery() instanceof ReplyDelivery.Failed failed) {
				kinds[i] = "FAILED";
				codes[i] = failed.statusCode();
				errors[i] = failed.error();
			}
			else {
				kinds[i] = "ACCEPTED";
				codes[i] = 200;
			}
		}
		db.sql("""
				update line_reply r set
				    status = case o.kind when 'ACCEPTED' then 'SENT' when 'REFUSED' then 'FAILED'
				                 else case when :now::timestamptz + o.backoff * interval '1 millisecond' < r.expires_at
				                           then r.status else 'EXPIRED' end end,
				    last_status_code = o.code,
				    last_error = o.error,
				    sent_at = case when o.kind = 'ACCEPTED' then :now else r.sent_at end,
				    next_attempt_at = case when o.kind = 'FAILED'
				                           then :now::timestamptz + o.backoff * interval '1 millisecond'
				                           else r.next_attempt_at end,
				    lease_until = null
				from unnest(:ids::bigint[], :kinds::text[], :codes::int[], :errors::text[], :backoffs::bigint[])
				     as o(id, kind, code, error, backoff)
				where r.id = o.id""")
			.param("ids", ids)
			.param("kinds", kinds)
			.param("codes", codes)
			.param("errors", errors)
			.param("backoffs", backoffs)
			.param("now", at(now))
			.update();
	}

	@Override
	public void start() {
		writer.initialize();
		running = true;
		writer.execute(this::write);
	}

	@Override
	public void stop() {
		running = false;
		writer.shutdown();
	}

	@Override
	public boolean isRunning() {
		return running;
	}

	/** Stop after the senders, so what they learnt is written. */
	@Override
	public int getPhase() {
		return SmartLifecycle.DEFAULT_PHASE - 1;
	}

	private record Outcome(LeasedReply reply, ReplyDelivery delivery) {
	}
}
