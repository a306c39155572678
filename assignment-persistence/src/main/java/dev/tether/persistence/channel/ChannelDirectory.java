package dev.tether.persistence.channel;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The channels' keys, kept in memory so a webhook is checked without a query. A channel changed on
 * this instance is forgotten at once; one changed on another instance is read again within
 * {@link #FRESH}. An unknown channel is remembered only briefly, so a channel just connected
 * elsewhere is found soon.
 */
@Component
public class ChannelDirectory {

	static final Duration FRESH = Duration.ofSeconds(30);

	private static final Duration UNKNOWN = Duration.ofSeconds(2);

	private final Map<Long, Entry> entries = new ConcurrentHashMap<>();

	private final JdbcClient db;

	private final Clock clock;

	ChannelDirectory(JdbcClient db, Clock clock) {
		this.db = db;
		this.clock = clock;
	}

	public Optional<ChannelKeys> find(long channelId) {
		Instant now = clock.instant();
		Entry entry = entries.get(channelId);
		if (entry == null || entry.staleAt().isBefore(now)) {
			Optional<ChannelKeys> keys = db.sql("""
					select id, org_id, channel_secret, channel_access_token from channel where id = :id""")
				.param("id", channelId)
				.query((row, number) -> new ChannelKeys(row.getLong("id"), row.getLong("org_id"),
						row.getString("channel_secret"), row.getString("channel_access_token")))
				.optional();
			entry = new Entry(keys, now.plus(keys.isPresent() ? FRESH : UNKNOWN));
			entries.put(channelId, entry);
		}
		return entry.keys();
	}

	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
	void onChange(ChannelChanged change) {
		entries.remove(change.channelId());
	}

	private record Entry(Optional<ChannelKeys> keys, Instant staleAt) {
	}

	/** Published when a channel is connected or its keys change. */
	public record ChannelChanged(long channelId) {
	}
}
