package dev.tether.persistence.line;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import dev.tether.persistence.outbox.Backoff;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import static dev.tether.persistence.sql.SqlValues.at;

/**
 * The outbox for replies to LINE, as the API and the retries see it: replies are stored with the
 * batch that decided them ({@link ReplyBatch}) and sent after its commit; what is due again, or
 * was left by a crashed instance, any instance leases here.
 */
@Component
public class ReplyOutbox {

	private final LineReplies replies;

	private final JdbcClient db;

	private final Clock clock;

	ReplyOutbox(LineReplies replies, JdbcClient db, Clock clock) {
		this.replies = replies;
		this.db = db;
		this.clock = clock;
	}

	/**
	 * Leases up to {@code limit} due replies (to be tried again, or left by a crashed instance).
	 * {@code SKIP LOCKED} lets instances claim side by side without waiting on each other's rows.
	 */
	@Transactional
	public List<LeasedReply> claimDue(int limit) {
		Instant now = clock.instant();
		replies.expireStale(now);
		return db.sql("""
				with claimed as (
				    update line_reply set lease_until = :leaseUntil, attempts = attempts + 1
				    where id in (
				        select id from line_reply
				        where status = 'PENDING' and next_attempt_at <= :now and expires_at > :now
				          and (lease_until is null or lease_until < :now)
				        order by next_attempt_at
				        limit :limit
				        for update skip locked)
				    returning id, channel_id, reply_token, text, attempts, line_event_id)
				select c.id, c.channel_id, c.reply_token, c.text, c.attempts, e.received_at
				from claimed c join line_event e on e.id = c.line_event_id""")
			.param("now", at(now))
			.param("leaseUntil", at(now.plus(ReplyBatch.LEASE)))
			.param("limit", limit)
			.query((row, number) -> new LeasedReply(row.getLong("id"), row.getLong("channel_id"),
					row.getString("reply_token"), row.getString("text"), row.getTimestamp("received_at").toInstant(),
					row.getInt("attempts")))
			.list();
	}

	@Transactional(readOnly = true)
	public List<LineReply> forContact(long contactId) {
		return replies.findByContactIdOrderById(contactId);
	}

	/** Half a second, doubling per attempt, at most eight: several tries fit in a token's minute. */
	static final Backoff RETRY = new Backoff(Duration.ofMillis(500), Duration.ofSeconds(8));
}
