package dev.tether.persistence.routing;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import dev.tether.core.presence.Departure;
import dev.tether.core.presence.Presence;
import dev.tether.core.presence.PresenceStatus;
import dev.tether.core.routing.LeaveRule;
import dev.tether.core.routing.MoveReason;
import dev.tether.core.routing.OnAgentLeave;
import dev.tether.core.schedule.Availability;
import dev.tether.persistence.contact.Conversations;
import dev.tether.persistence.team.AgentDeactivated;
import dev.tether.persistence.team.PresenceTtl;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

import static dev.tether.persistence.sql.SqlValues.at;

/**
 * Routed conversations whose holder is gone: deactivated (at once, in every team), or away,
 * offline, out of heartbeats or off shift for longer than the grace of a team that requeues.
 * Presence and shifts change without a request (a heartbeat stops, a shift ends), so this looks
 * every second; the query only narrows the rows down, core's {@link Departure} and
 * {@link LeaveRule} decide. Only a conversation that is due is locked, with its contact, and only
 * while it is still its holder's ({@code SKIP LOCKED}: one someone else works on waits for the
 * next sweep); one moved is no longer its holder's, so nothing is moved twice, and conversations
 * still within their grace neither hold locks nor crowd due ones out of a round.
 */
@Component
public class Departures {

	private static final int BATCH = 200;

	private final JdbcClient db;

	private final Conversations conversations;

	private final Rerouting rerouting;

	private final PresenceTtl ttl;

	private final Clock clock;

	private final TransactionTemplate transaction;

	Departures(JdbcClient db, Conversations conversations, Rerouting rerouting, PresenceTtl ttl, Clock clock,
			PlatformTransactionManager transactions) {
		this.db = db;
		this.conversations = conversations;
		this.rerouting = rerouting;
		this.ttl = ttl;
		this.clock = clock;
		this.transaction = new TransactionTemplate(transactions);
		this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/** A deactivated agent's conversations go back as soon as the deactivation commits. */
	@TransactionalEventListener(fallbackExecution = true)
	void onDeactivation(AgentDeactivated deactivated) {
		sweep();
	}

	/** Moves every routed conversation whose holder is gone for long enough; answers how many. */
	@Scheduled(fixedDelayString = "${tether.routing.departure-sweep-interval:1s}")
	public int sweep() {
		Integer moved = transaction.execute(status -> {
			Instant now = clock.instant();
			int count = 0;
			for (Held held : held(now)) {
				MoveReason reason = held.leave().requeues(held.active(), held.departure().goneSince(now, ttl.value()), now);
				if (reason != null && count < BATCH && stillHeld(held)) {
					rerouting.moveOn(conversations.findById(held.conversationId()).orElseThrow(), held.agentId(), reason,
							now);
					count++;
				}
			}
			return count;
		});
		return moved == null ? 0 : moved;
	}

	/**
	 * Routed conversations whose holder may be gone, unlocked: a deactivated
	 * holder's in any team, and those of members of teams that requeue who are away, offline, out
	 * of heartbeats or off shift. Both start from what is small (deactivated agents; requeuing
	 * teams' members) and reach conversations by their holder, never by scanning them all.
	 */
	private List<Held> held(Instant now) {
		List<Held> held = new ArrayList<>(lockHeld("""
				from agent a
				join conversation c on c.agent_id = a.id and c.status = 'ASSIGNED' and c.routed
				join team t on t.id = c.team_id
				where not a.active and t.active""", now));
		held.addAll(lockHeld("""
				from team t
				join team_member m on m.team_id = t.id
				join agent a on a.id = m.agent_id
				join conversation c on c.agent_id = a.id and c.team_id = t.id and c.status = 'ASSIGNED' and c.routed
				where t.on_agent_leave = 'REQUEUE' and t.active and a.active
				  and (a.presence <> 'ONLINE' or a.last_heartbeat_at is null or a.last_heartbeat_at < :onlineSince
				       or not a.schedule_open or a.schedule_changes_at <= :now)""", now));
		return held;
	}

	private List<Held> lockHeld(String from, Instant now) {
		return db.sql("""
				select c.id, c.agent_id, a.active, a.presence, a.last_heartbeat_at, a.presence_changed_at,
				       a.schedule_open, a.schedule_changes_at, a.schedule_changed_at,
				       t.on_agent_leave, t.leave_grace_seconds
				""" + from)
			.param("onlineSince", at(now.minus(ttl.value())))
			.param("now", at(now))
			.query((row, number) -> held(row))
			.list();
	}

	/** Locks the conversation with its contact if it is still the holder's; false when it moved or is busy. */
	private boolean stillHeld(Held held) {
		return db.sql("""
				select c.id from conversation c join contact ct on ct.id = c.contact_id
				where c.id = :id and c.agent_id = :agent and c.status = 'ASSIGNED' and c.routed
				for update of c, ct skip locked""")
			.param("id", held.conversationId())
			.param("agent", held.agentId())
			.query(Long.class)
			.optional()
			.isPresent();
	}

	private static Held held(ResultSet row) throws SQLException {
		Presence presence = Presence.recorded(PresenceStatus.valueOf(row.getString("presence")),
				instant(row.getTimestamp("last_heartbeat_at")));
		Availability shift = new Availability(row.getBoolean("schedule_open"), instant(row.getTimestamp("schedule_changes_at")));
		return new Held(row.getLong("id"), row.getLong("agent_id"), row.getBoolean("active"),
				new Departure(presence, instant(row.getTimestamp("presence_changed_at")), shift,
						instant(row.getTimestamp("schedule_changed_at"))),
				new LeaveRule(OnAgentLeave.valueOf(row.getString("on_agent_leave")),
						Duration.ofSeconds(row.getInt("leave_grace_seconds"))));
	}

	private static @Nullable Instant instant(@Nullable Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}

	/** A routed conversation, its holder as they stand, and the leave rule of its team. */
	private record Held(long conversationId, long agentId, boolean active, Departure departure, LeaveRule leave) {
	}
}
