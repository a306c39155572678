package dev.tether.persistence.log;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

import dev.tether.core.routing.MoveReason;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Reads the assignment log: who held a conversation, from when, and why it moved. */
@Component
public class AssignmentHistory {

	private final JdbcClient db;

	AssignmentHistory(JdbcClient db) {
		this.db = db;
	}

	/** The conversation's changes of holder, oldest first; the caller knows the conversation is the org's. */
	@Transactional(readOnly = true)
	public List<HistoryEntry> of(long orgId, long conversationId) {
		return db.sql("""
				select id, kind, from_agent_id, from_team_id, to_agent_id, to_team_id, source, actor, reason, occurred_at
				from assignment_log where org_id = :org and conversation_id = :conversation order by id""")
			.param("org", orgId)
			.param("conversation", conversationId)
			.query((row, number) -> entry(row))
			.list();
	}

	private static HistoryEntry entry(ResultSet row) throws SQLException {
		String reason = row.getString("reason");
		return new HistoryEntry(row.getLong("id"), AssignmentLogEntry.Kind.valueOf(row.getString("kind")),
				new Assignee(id(row, "from_agent_id"), id(row, "from_team_id")),
				new Assignee(id(row, "to_agent_id"), id(row, "to_team_id")), ChangeSource.valueOf(row.getString("source")),
				row.getString("actor"), reason == null ? null : MoveReason.valueOf(reason),
				row.getTimestamp("occurred_at").toInstant());
	}

	private static @Nullable Long id(ResultSet row, String column) throws SQLException {
		long value = row.getLong(column);
		return row.wasNull() ? null : value;
	}
}
