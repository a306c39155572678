package dev.tether.persistence.routing;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;

import dev.tether.core.routing.RoutingRule;
import dev.tether.core.routing.SortKey;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Finds the member a strategy would pick, in SQL: the eligibility rules of
 * {@code Eligibility.forRule} as a WHERE clause, the strategy's sort keys as the ORDER BY, and
 * {@code LIMIT 1}. The indexes on (team, last turn, position) and (team, load, last turn,
 * position) let PostgreSQL stop at the first eligible member, so the cost does not grow with the
 * team. RANDOM samples positions instead of sorting the team.
 */
@Component
class CandidateSelection {

	/** Misses a random sample may have (gaps, ineligible members) before it sorts the team instead. */
	private static final int SAMPLES = 8;

	private static final Scope TEAM = new Scope(
			"select a.id from team_member m join agent a on a.id = m.agent_id where m.team_id = :scope", "m");

	private static final Scope ORG = new Scope("select a.id from agent a where a.org_id = :scope", "a");

	private final EntityManager entityManager;

	CandidateSelection(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	/** The member of the team the strategy picks. */
	@Nullable
	Long pick(long teamId, RoutingRule rule, List<SortKey> order, Instant onlineSince, Collection<Long> excluded) {
		if (order.equals(List.of(SortKey.RANDOM))) {
			Long sampled = sample(teamId, rule, onlineSince, excluded);
			if (sampled != null) {
				return sampled;
			}
		}
		return first(TEAM, teamId, rule, order, onlineSince, excluded, null);
	}

	/** The agent of the whole org the strategy picks, rotating over the org instead of a team. */
	@Nullable
	Long pickInOrg(long orgId, RoutingRule rule, List<SortKey> order, Instant onlineSince, Collection<Long> excluded) {
		return first(ORG, orgId, rule, order, onlineSince, excluded, null);
	}

	/**
	 * Uniform among eligible members without sorting the team: a uniformly random position is
	 * kept only if an eligible member holds it, so every eligible member is equally likely.
	 */
	private @Nullable Long sample(long teamId, RoutingRule rule, Instant onlineSince, Collection<Long> excluded) {
		Object[] range = (Object[]) entityManager
			.createNativeQuery("select min(position), max(position) from team_member where team_id = :team")
			.setParameter("team", teamId)
			.getSingleResult();
		if (range[0] == null) {
			return null;
		}
		long lowest = ((Number) range[0]).longValue();
		long highest = ((Number) range[1]).longValue();
		for (int sample = 0; sample < SAMPLES; sample++) {
			long position = ThreadLocalRandom.current().nextLong(lowest, highest + 1);
			Long agent = first(TEAM, teamId, rule, List.of(SortKey.POSITION), onlineSince, excluded, position);
			if (agent != null) {
				return agent;
			}
		}
		return null;
	}

	private @Nullable Long first(Scope scope, long scopeId, RoutingRule rule, List<SortKey> order, Instant onlineSince,
			Collection<Long> excluded, @Nullable Long position) {
		StringBuilder sql = new StringBuilder(scope.from()).append("""
				 and a.active and a.presence <> 'AWAY'
				  and a.open_conversations < least(:teamCap, coalesce(a.max_open_contacts, 2147483647))
				""");
		if (rule.onlineOnly()) {
			sql.append(" and a.presence = 'ONLINE' and a.last_heartbeat_at >= :onlineSince");
		}
		if (!excluded.isEmpty()) {
			sql.append(" and a.id not in (:excluded)");
		}
		if (position != null) {
			sql.append(" and m.position = :position");
		}
		sql.append(" order by ").append(order.stream().map(scope::column).collect(Collectors.joining(", ")));
		sql.append(" limit 1");
		Query query = entityManager.createNativeQuery(sql.toString())
			.setParameter("scope", scopeId)
			.setParameter("teamCap", rule.maxOpenContacts() == null ? Integer.MAX_VALUE : rule.maxOpenContacts());
		if (rule.onlineOnly()) {
			query.setParameter("onlineSince", onlineSince);
		}
		if (!excluded.isEmpty()) {
			query.setParameter("excluded", excluded);
		}
		if (position != null) {
			query.setParameter("position", position);
		}
		List<?> found = query.getResultList();
		return found.isEmpty() ? null : ((Number) found.get(0)).longValue();
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
