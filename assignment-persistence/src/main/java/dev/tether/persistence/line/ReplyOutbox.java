package dev.tether.persistence.line;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import dev.tether.persistence.outbox.Backoff;
import dev.tether.persistence.outbox.OutboxTable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

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
	 * Leases up to {@code limit} due replies (to be tried again, or left by a crashed instance),
	 * each with when its event arrived.
	 */
	@Transactional
	public List<LeasedReply> claimDue(int limit) {
		return TABLE.claimDue(db, clock.instant(), limit, "id, channel_id, reply_token, text, attempts, line_event_id",
				"""
				select c.id, c.channel_id, c.reply_token, c.text, c.attempts, e.received_at
				from claimed c join line_event e on e.id = c.line_event_id""",
				(row, number) -> new LeasedReply(row.getLong("id"), row.getLong("channel_id"),
						row.getString("reply_token"), row.getString("text"),
						row.getTimestamp("received_at").toInstant(), row.getInt("attempts")));
	}

	@Transactional(readOnly = true)
	public List<ReplyView> forContact(long contactId) {
		return replies.findByContactIdOrderById(contactId).stream().map(ReplyView::of).toList();
	}

	/**
	 * Replies: due until their token expires; a refused reply is FAILED for good. Retried after half
	 * a second, doubling per attempt, at most eight apart: several tries fit in a token's minute.
	 * Leased for 30 s, longer than an attempt may take.
	 */
	static final OutboxTable TABLE = new OutboxTable("line_reply", "expires_at", "sent_at", "true", "SENT", "FAILED",
			"EXPIRED", new Backoff(Duration.ofMillis(500), Duration.ofSeconds(8)), Duration.ofSeconds(30));
}
