package dev.tether.persistence.inbox;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import dev.tether.core.binding.BindingCode;
import dev.tether.persistence.inbox.ClaimedEvent.Lane;
import dev.tether.persistence.inbox.InboxEvent.Action;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Hands a worker the next events to process. Rows are claimed with {@code SKIP LOCKED}, so
 * instances take different events side by side. A contact's events must be applied one at a time
 * and in LINE's order: a worker takes a contact's lane with a transaction-scoped advisory lock,
 * skips lanes another worker holds, and of each lane processes only its oldest waiting event;
 * the rest wait for the next batch.
 */
@Component
class InboxClaims {

	/** Namespace of the lanes' advisory locks, apart from any other use of advisory locks. */
	private static final int LANE_LOCKS = 7_461;

	private final JdbcClient db;

	InboxClaims(JdbcClient db) {
		this.db = db;
	}

	/** Within the caller's transaction: the next events it may process now, each lane's in order. */
	List<ClaimedEvent> claim(int limit) {
		return ready(db.sql("""
				select id, channel_id, type, payload, received_at, event_ts, action, line_user_id, message_text,
				       reply_token
				from line_event where processed_at is null
				order by id
				limit :limit
				for update skip locked""")
			.param("limit", limit)
			.query(InboxClaims::event)
			.list());
	}

	/** Within the caller's transaction: this one event, if it waits and may be processed now. */
	List<ClaimedEvent> claim(long id) {
		return ready(db.sql("""
				select id, channel_id, type, payload, received_at, event_ts, action, line_user_id, message_text,
				       reply_token
				from line_event where id = :id and processed_at is null
				for update skip locked""")
			.param("id", id)
			.query(InboxClaims::event)
			.list());
	}

	private List<ClaimedEvent> ready(List<ClaimedEvent> claimed) {
		Set<Lane> lanes = new LinkedHashSet<>();
		claimed.stream().map(ClaimedEvent::lane).filter(lane -> lane != null).forEach(lanes::add);
		Set<Long> heads = lanes.isEmpty() ? Set.of() : headsOfLanesHeld(List.copyOf(lanes));
		List<ClaimedEvent> ready = new ArrayList<>();
		for (ClaimedEvent event : claimed) {
			if (event.lane() == null || heads.contains(event.id())) {
				ready.add(event);
			}
		}
		ready.sort(Comparator.comparingLong(ClaimedEvent::timestamp).thenComparingLong(ClaimedEvent::id));
		return ready;
	}

	/** The oldest waiting event of every lane this transaction could lock. */
	private Set<Long> headsOfLanesHeld(List<Lane> lanes) {
		Long[] channels = lanes.stream().map(Lane::channelId).toArray(Long[]::new);
		String[] users = lanes.stream().map(Lane::lineUserId).toArray(String[]::new);
		return new HashSet<>(db.sql("""
				with held as (
				    select l.channel_id, l.line_user_id
				    from unnest(:channels::bigint[], :users::text[]) as l(channel_id, line_user_id)
				    where pg_try_advisory_xact_lock(:locks, hashtext(l.channel_id || ':' || l.line_user_id)))
				select distinct on (e.channel_id, e.line_user_id) e.id
				from line_event e join held h on h.channel_id = e.channel_id and h.line_user_id = e.line_user_id
				where e.processed_at is null
				order by e.channel_id, e.line_user_id, e.event_ts, e.id""")
			.param("channels", channels)
			.param("users", users)
			.param("locks", LANE_LOCKS)
			.query(Long.class)
			.list());
	}

	private static ClaimedEvent event(ResultSet row, int number) throws SQLException {
		String action = row.getString("action");
		String text = row.getString("message_text");
		return new ClaimedEvent(row.getLong("id"), row.getLong("channel_id"), row.getString("type"),
				row.getString("payload"), row.getTimestamp("received_at").toInstant(), row.getLong("event_ts"),
				action == null ? null : Action.valueOf(action), row.getString("line_user_id"),
				text == null ? null : BindingCode.findIn(text).orElse(null), row.getString("reply_token"));
	}
}
