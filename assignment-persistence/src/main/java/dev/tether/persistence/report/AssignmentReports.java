package dev.tether.persistence.report;

import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The assignment report (Data Insights) and the permanent-bindings report. Each answers with one
 * query for the whole org, never one per row. Rows are the org's active agents or teams, those
 * with nothing to count included, ordered by name. Per row, over the period [from, to):
 * <ul>
 * <li>{@code assigned}: assignment-log entries that put a conversation in an agent's hands.
 * An agent's row counts those that made the agent its holder (a move between teams while the
 * same agent keeps it does not); a team's row those naming the team, so a conversation queued
 * in the team counts once, when a member takes it.
 * <li>{@code open}, as of now: an agent's ASSIGNED conversations; a team's conversations that are
 * not closed (assigned, queued, unassigned or timed out in it).
 * <li>{@code closed}: conversations closed in the period that the agent (team) held.
 * <li>{@code permanentBindings}, as of now: PERMANENT bindings to the agent (to the team,
 * including bindings to an agent within the team).
 * <li>{@code medianWaitSeconds}: the median queue wait of the conversations whose current
 * assignment, to the agent (within the team), was made in the period from a queue; null when
 * there are none.
 * <li>{@code medianFirstReplySeconds}: the median time from assignment to the holder's first reply
 * of the conversations assigned to the agent (within the team) in the period and answered; null
 * when there are none.
 * </ul>
 */
@Service
public class AssignmentReports {

	private static final String ASSIGNMENTS = """
			with handed as (
				select l.to_{key} as id, count(*) as assigned
				from assignment_log l
				where l.org_id = :org and l.kind = 'ASSIGNEE' and l.to_agent_id is not null and {handed}
					and l.occurred_at >= :from and l.occurred_at < :to
				group by 1
			), held as (
				select c.{key} as id,
					count(*) filter (where {open}) as open_now,
					count(*) filter (where c.closed_at >= :from and c.closed_at < :to) as closed,
					percentile_cont(0.5) within group (order by c.queue_wait_ms / 1000.0)
						filter (where c.agent_id is not null and c.queue_wait_ms is not null
							and c.assigned_at >= :from and c.assigned_at < :to) as median_wait,
					percentile_cont(0.5) within group (order by extract(epoch from (c.first_replied_at - c.assigned_at)))
						filter (where c.agent_id is not null and c.first_replied_at is not null
							and c.assigned_at >= :from and c.assigned_at < :to) as median_first_reply
				from conversation c
				where c.org_id = :org and c.{key} is not null
				group by 1
			), bound as (
				select b.{key} as id, count(*) as permanent
				from binding b
				where b.org_id = :org and b.mode = 'PERMANENT' and b.{key} is not null
				group by 1
			)
			select r.id, r.name, coalesce(h.assigned, 0) as assigned, coalesce(c.open_now, 0) as open_now,
				coalesce(c.closed, 0) as closed, coalesce(b.permanent, 0) as permanent, c.median_wait,
				c.median_first_reply
			from {table} r
			left join handed h on h.id = r.id
			left join held c on c.id = r.id
			left join bound b on b.id = r.id
			where r.org_id = :org and r.active and {visible}
			order by r.name, r.id""";

	static final String AGENT_VISIBLE = """
			(cast(:viewer as bigint) is null or r.id = :viewer or (:teammates and r.id in (
				select theirs.agent_id from team_member mine join team_member theirs on theirs.team_id = mine.team_id
				where mine.agent_id = :viewer)))""";

	private static final String TEAM_VISIBLE = """
			(cast(:viewer as bigint) is null or r.id in (
				select m.team_id from team_member m where m.agent_id = :viewer))""";

	/** An agent's row counts the entries that made the agent the conversation's holder. */
	static final String NEW_HOLDER = "l.from_agent_id is distinct from l.to_agent_id";

	private static final String BY_AGENT = ASSIGNMENTS.replace("{table}", "agent")
		.replace("{key}", "agent_id")
		.replace("{handed}", NEW_HOLDER)
		.replace("{open}", "c.status = 'ASSIGNED'")
		.replace("{visible}", AGENT_VISIBLE);

	private static final String BY_TEAM = ASSIGNMENTS.replace("{table}", "team")
		.replace("{key}", "team_id")
		.replace("{handed}", "l.to_team_id is not null")
		.replace("{open}", "c.status <> 'CLOSED'")
		.replace("{visible}", TEAM_VISIBLE);

	private static final String PERMANENT_BINDINGS = """
			select r.id, r.name, count(b.contact_id) as contacts
			from agent r
			left join binding b on b.agent_id = r.id and b.mode = 'PERMANENT'
			where r.org_id = :org and r.active and {visible}
			group by r.id, r.name
			order by r.name, r.id""".replace("{visible}", AGENT_VISIBLE);

	private final JdbcClient db;

	AssignmentReports(JdbcClient db) {
		this.db = db;
	}

	public List<AssignmentRow> assignments(long orgId, ReportGrouping grouping, ReportPeriod period,
			ReportScope scope) {
		return within(orgId, scope, grouping == ReportGrouping.AGENT ? BY_AGENT : BY_TEAM)
			.param("from", utc(period.from()))
			.param("to", utc(period.to()))
			.query((row, n) -> new AssignmentRow(row.getLong("id"), row.getString("name"), row.getLong("assigned"),
					row.getLong("open_now"), row.getLong("closed"), row.getLong("permanent"),
					row.getObject("median_wait", Double.class), row.getObject("median_first_reply", Double.class)))
			.list();
	}

	public List<PermanentHolding> permanentBindings(long orgId, ReportScope scope) {
		return within(orgId, scope, PERMANENT_BINDINGS)
			.query((row, n) -> new PermanentHolding(row.getLong("id"), row.getString("name"), row.getLong("contacts")))
			.list();
	}

	private JdbcClient.StatementSpec within(long orgId, ReportScope scope, String sql) {
		return db.sql(sql)
			.param("org", orgId)
			.param("viewer", scope.viewer(), Types.BIGINT)
			.param("teammates", scope.teammates());
	}

	private static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}
}
