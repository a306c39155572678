package dev.tether.persistence.routing;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import dev.tether.core.routing.MoveReason;
import dev.tether.persistence.contact.Conversation;
import dev.tether.persistence.contact.Conversations;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import static dev.tether.persistence.sql.SqlValues.at;

/**
 * The unanswered-transfer timers: a routed conversation whose holder has not answered by its
 * {@code answer_due_at} moves on to another eligible member of its team, or back to its queue.
 * The deadline is a column that a reply, a reassignment or a close clears, so a timer never fires
 * after one; rows are locked with their contacts and skipped while busy, so two instances firing
 * together move a conversation once.
 */
@Component
public class UnansweredTransfers {

	private static final int BATCH = 200;

	private final JdbcClient db;

	private final Conversations conversations;

	private final Rerouting rerouting;

	private final Clock clock;

	UnansweredTransfers(JdbcClient db, Conversations conversations, Rerouting rerouting, Clock clock) {
		this.db = db;
		this.conversations = conversations;
		this.rerouting = rerouting;
		this.clock = clock;
	}

	/** Moves on every conversation whose answer is overdue; answers how many. */
	@Scheduled(fixedDelayString = "${tether.routing.unanswered-sweep-interval:1s}")
	@Transactional
	public int fire() {
		Instant now = clock.instant();
		List<Long> due = db.sql("""
				select c.id from conversation c join contact ct on ct.id = c.contact_id
				where c.answer_due_at <= :now and c.status = 'ASSIGNED'
				order by c.answer_due_at
				limit :batch
				for update of c, ct skip locked""")
			.param("now", at(now))
			.param("batch", BATCH)
			.query(Long.class)
			.list();
		for (Conversation conversation : conversations.findAllById(due)) {
			Long holder = conversation.getAgentId();
			conversation.markTransferred();
			if (holder != null) {
				rerouting.moveOn(conversation, holder, MoveReason.UNANSWERED, now);
			}
		}
		return due.size();
	}
}
