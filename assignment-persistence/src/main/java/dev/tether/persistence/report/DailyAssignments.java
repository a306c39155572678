package dev.tether.persistence.report;

import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The assignment report's {@code assigned} per agent, split by day in the org's time zone, for a
 * chart. It counts exactly what {@link AssignmentReports} counts, so each agent's days add up to
 * their row; agents with no assignment in the period have no days.
 */
@Service
public class DailyAssignments {

	private static final String PER_DAY = """
			select r.id, r.name, (l.occurred_at at time zone :zone)::date as day, count(*) as assigned
			from assignment_log l
			join agent r on r.id = l.to_agent_id
			where l.org_id = :org and l.kind = 'ASSIGNEE' and l.to_agent_id is not null and {handed}
				and l.occurred_at >= :from and l.occurred_at < :to and r.org_id = :org and r.active and {visible}
			group by r.id, r.name, day
			order by r.name, r.id, day"""
		.replace("{handed}", AssignmentReports.NEW_HOLDER)
		.replace("{visible}", AssignmentReports.AGENT_VISIBLE);

	private final JdbcClient db;

	DailyAssignments(JdbcClient db) {
		this.db = db;
	}

	public List<DailyCount> perAgent(long orgId, ReportPeriod period, ReportScope scope, ZoneId zone) {
		return db.sql(PER_DAY)
			.param("org", orgId)
			.param("zone", zone.getId())
			.param("from", utc(period.from()))
			.param("to", utc(period.to()))
			.param("viewer", scope.viewer(), Types.BIGINT)
			.param("teammates", scope.teammates())
			.query((row, n) -> new DailyCount(row.getLong("id"), row.getString("name"),
					row.getObject("day", LocalDate.class), row.getLong("assigned")))
			.list();
	}

	private static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}
}
