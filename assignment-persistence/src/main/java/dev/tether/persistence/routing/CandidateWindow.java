package dev.tether.persistence.routing;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;
import java.util.stream.Collectors;

import dev.tether.core.presence.Presence;
import dev.tether.core.presence.PresenceStatus;
import dev.tether.core.routing.Candidate;
import dev.tether.core.routing.RoutingRule;
import dev.tether.core.routing.SortKey;
import dev.tether.core.schedule.Availability;
import dev.tether.core.team.AgentId;
import dev.tether.persistence.team.PresenceTtl;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import static dev.tether.persistence.sql.SqlValues.at;

/**
 * The members a strategy would pick from, found in SQL: the eligibility of
 * {@code Eligibility.forRule} as a WHERE clause, the strategy's sort keys as the ORDER BY, and a
 * LIMIT of as many as there are conversations to place. Core's router then picks among them, so
 * the rules production runs are core's; the indexes on (team, last turn, position) and (team,
 * load, last turn, position) let PostgreSQL stop after the first eligible members, so the cost
 * does not grow with the team. RANDOM samples positions instead of sorting the team.
 */
@Component
class CandidateWindow {

	/** Misses a random sample may have (gaps, ineligible members) per wanted member before it sorts instead. */
	private static final int SAMPLES = 8;

	private static final Scope TEAM = new Scope("""
			select a.id, a.active, a.schedule_open, a.schedule_changes_at, a.presence, a.last_heartbeat_at,
			       a.open_conversations, a.max_open_contacts, m.last_turn, m.position
			from team_member m join agent a on a.id = m.agent_id where m.team_id = :scope""", "m");

	private static final Scope ORG = new Scope("""
			select a.id, a.active, a.schedule_open, a.schedule_changes_at, a.presence, a.last_heartbeat_at,
			       a.open_conversations, a.max_open_contacts, a.last_org_turn as last_turn, a.id as position
			from agent a where a.org_id = :scope""", "a");

	private final JdbcClient db;

	private final RandomGenerator random;

	private final PresenceTtl presenceTtl;

	CandidateWindow(JdbcClient db, RandomGenerator random, PresenceTtl presenceTtl) {
		this.db = db;
		this.random = random;
		this.presenceTtl = presenceTtl;
	}

	/** Up to {@code size} eligible members of the team, first by the strategy's order. */
	List<Candidate> ofTeam(long teamId, RoutingRule rule, List<SortKey> order, Instant at, int size,
			Collection<Long> excluded) {
		if (order.equals(List.of(SortKey.RANDOM))) {
			List<Candidate> sampled = sample(teamId, rule, at, size, excluded);
			if (sampled.size() == size) {
				return sampled;
			}
		}
		return first(TEAM, teamId, rule, order, at, size, excluded, null);
	}

	/** Up to {@code size} eligible agents of the whole org, first by the strategy's order over the org. */
	List<Candidate> ofOrg(long orgId, RoutingRule rule, List<SortKey> order, Instant at, int size,
			Collection<Long> excluded) {
		return first(ORG, orgId, rule, order, at, size, excluded, null);
	}

	/**
	 * Distinct eligible members at uniformly random positions: a position is kept only if an
	 * eligible member holds it, so every eligible member is equally likely.
	 */
	private List<Candidate> sample(long teamId, RoutingRule rule, Instant at, int size,
			Collection<Long> excluded) {
		Map<String, Object> range = db.sql("select min(position) as low, max(position) as high from team_member where team_id = :team")
			.param("team", teamId)
			.query()
			.singleRow();
		if (range.get("low") == null) {
			return List.of();
		}
		long lowest = ((Number) range.get("low")).longValue();
		long highest = ((Number) range.get("high")).longValue();
		Map<AgentId, Candidate> found = new LinkedHashMap<>();
		List<Long> skip = new ArrayList<>(excluded);
		for (int sample = 0; sample < SAMPLES * size && found.size() < size; sample++) {
			long position = random.nextLong(lowest, highest + 1);
			List<Candidate> one = first(TEAM, teamId, rule, List.of(SortKey.POSITION), at, 1, skip, position);
			for (Candidate candidate : one) {
				found.put(candidate.agent(), candidate);
				skip.add(candidate.agent().value());
			}
		}
		return List.copyOf(found.values());
	}

	private List<Candidate> first(Scope scope, long scopeId, RoutingRule rule, List<SortKey> order,
			Instant at, int size, Collection<Long> excluded, @Nullable Long position) {
		Instant onlineSince = at.minus(presenceTtl.value());
		// On schedule as core's Availability.openAt says: the kept state, flipped once its next change is due.
		StringBuilder sql = new StringBuilder(scope.from()).append("""
				 and a.active and a.presence <> 'AWAY'
				  and a.schedule_open = (a.schedule_changes_at is null or a.schedule_changes_at > :at)
				  and a.open_conversations < least(:teamCap, coalesce(a.max_open_contacts, 2147483647))
				""");
		if (rule.onlineOnly()) {
			sql.append(" and a.presence = 'ONLINE' and a.last_heartbeat_at >= :onlineSince");
		}
		if (!excluded.isEmpty()) {
			sql.append(" and a.id <> all (:excluded::bigint[])");
		}
		if (position != null) {
			sql.append(" and m.position = :position");
		}
		sql.append(" order by ").append(order.stream().map(scope::column).collect(Collectors.joining(", ")));
		sql.append(" limit :size");
		JdbcClient.StatementSpec statement = db.sql(sql.toString())
			.param("scope", scopeId)
			.param("teamCap", rule.maxOpenContacts() == null ? Integer.MAX_VALUE : rule.maxOpenContacts())
			.param("size", size)
			.param("onlineSince", at(onlineSince))
			.param("at", at(at));
		if (!excluded.isEmpty()) {
			statement = statement.param("excluded", excluded.toArray(Long[]::new));
		}
		if (position != null) {
			statement = statement.param("position", position);
		}
		return statement.query((row, number) -> candidate(row, at, onlineSince)).list();
	}

	/**
	 * The member as routing sees them: presence after the heartbeat's time-to-live, as core's
	 * Presence says, and their schedule at {@code at}, as core's Availability says.
	 */
	private static Candidate candidate(ResultSet row, Instant at, Instant onlineSince) throws SQLException {
		Timestamp heartbeat = row.getTimestamp("last_heartbeat_at");
		PresenceStatus effective = Presence
			.recorded(PresenceStatus.valueOf(row.getString("presence")), heartbeat == null ? null : heartbeat.toInstant())
			.effectiveWithHeartbeatsSince(onlineSince);
		Number capacity = (Number) row.getObject("max_open_contacts");
		Timestamp scheduleChange = row.getTimestamp("schedule_changes_at");
		boolean onSchedule = new Availability(row.getBoolean("schedule_open"),
				scheduleChange == null ? null : scheduleChange.toInstant()).openAt(at);
		return new Candidate(new AgentId(row.getLong("id")), row.getBoolean("active"), onSchedule, effective,
				row.getInt("open_conversations"), capacity == null ? null : capacity.intValue(), row.getLong("last_turn"),
				row.getLong("position"));
	}

	/**
	 * Where candidates come from. A team orders by its memberships' columns (their indexes); the
	 * org by the agents' own: load, org-wide turn, and id for a stable order.
	 */
	private record Scope(String from, String alias) {

		String column(SortKey key) {
			boolean team = alias.equals("m");
			return switch (key) {
				case OPEN_CONVERSATIONS -> alias + ".open_conversations";
				case LAST_TURN -> team ? "m.last_turn" : "a.last_org_turn";
				case POSITION -> team ? "m.position" : "a.id";
				case RANDOM -> "random()";
			};
		}
	}
}
