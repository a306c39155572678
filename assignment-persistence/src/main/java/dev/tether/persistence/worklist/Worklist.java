package dev.tether.persistence.worklist;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import dev.tether.persistence.contact.Conversation;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The work page's two lists, each one query however long, since an open page asks every few
 * seconds. A list stops at {@link #LIMIT} rows, oldest first: what waits longest comes first.
 */
@Service
public class Worklist {

	public static final int LIMIT = 200;

	private static final String ITEMS = """
			select c.id, c.status, coalesce(ct.display_name, ct.line_user_id) as contact, ch.name as channel,
				c.team_id, t.name as team, c.opened_at, c.queued_since, c.assigned_at
			from conversation c
			join contact ct on ct.id = c.contact_id
			join channel ch on ch.id = c.channel_id
			left join team t on t.id = c.team_id
			where c.org_id = :org and {which}
			order by coalesce(c.queued_since, c.assigned_at, c.opened_at), c.id
			limit :limit""";

	private static final String HELD = ITEMS.replace("{which}", "c.agent_id = :agent and c.status = 'ASSIGNED'");

	private static final String WAITING = ITEMS.replace("{which}", """
			c.agent_id is null and c.status <> 'CLOSED'
			and c.team_id in (select m.team_id from team_member m where m.agent_id = :agent)""");

	private final JdbcClient db;

	Worklist(JdbcClient db) {
		this.db = db;
	}

	/** The conversations the agent holds now. */
	public List<WorkItem> heldBy(long orgId, long agentId) {
		return items(HELD, orgId, agentId);
	}

	/** The conversations nobody holds in the teams the agent belongs to: queued, unassigned or timed out. */
	public List<WorkItem> waitingInTeamsOf(long orgId, long agentId) {
		return items(WAITING, orgId, agentId);
	}

	private List<WorkItem> items(String sql, long orgId, long agentId) {
		return db.sql(sql)
			.param("org", orgId)
			.param("agent", agentId)
			.param("limit", LIMIT)
			.query((row, n) -> new WorkItem(row.getLong("id"), Conversation.Status.valueOf(row.getString("status")),
					row.getString("contact"), row.getString("channel"), row.getObject("team_id", Long.class),
					row.getString("team"), instant(row, "opened_at"), instant(row, "queued_since"),
					instant(row, "assigned_at")))
			.list();
	}

	private static @Nullable Instant instant(ResultSet row, String column) throws SQLException {
		Timestamp value = row.getTimestamp(column);
		return value == null ? null : value.toInstant();
	}
}
