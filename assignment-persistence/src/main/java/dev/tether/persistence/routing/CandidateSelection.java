package dev.tether.persistence.routing;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

import dev.tether.core.routing.RoutingRule;
import dev.tether.core.routing.SortKey;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import org.springframework.stereotype.Component;

/**
 * Finds the team member a strategy would pick, in SQL: the eligibility rules of
 * {@code Eligibility.forRule} as a WHERE clause, the strategy's sort keys as the ORDER BY, and
 * {@code LIMIT 1}. The indexes on (team, last turn, position) and (team, load, last turn,
 * position) let PostgreSQL stop at the first eligible member, so the cost does not grow with
 * the team.
 */
@Component
class CandidateSelection {

	private final EntityManager entityManager;

	CandidateSelection(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	Long pick(long teamId, RoutingRule rule, List<SortKey> order, Instant onlineSince, Collection<Long> excluded) {
		StringBuilder sql = new StringBuilder("""
				select m.agent_id from team_member m join agent a on a.id = m.agent_id
				where m.team_id = :team and a.active and a.presence <> 'AWAY'
				  and m.open_conversations < least(:teamCap, coalesce(a.max_open_contacts, 2147483647))
				""");
		if (rule.onlineOnly()) {
			sql.append(" and a.presence = 'ONLINE' and a.last_heartbeat_at >= :onlineSince");
		}
		if (!excluded.isEmpty()) {
			sql.append(" and m.agent_id not in (:excluded)");
		}
		sql.append(" order by ").append(order.stream().map(CandidateSelection::column).collect(Collectors.joining(", ")));
		sql.append(" limit 1");
		Query query = entityManager.createNativeQuery(sql.toString())
			.setParameter("team", teamId)
			.setParameter("teamCap", rule.maxOpenContacts() == null ? Integer.MAX_VALUE : rule.maxOpenContacts());
		if (rule.onlineOnly()) {
			query.setParameter("onlineSince", onlineSince);
		}
		if (!excluded.isEmpty()) {
			query.setParameter("excluded", excluded);
		}
		List<?> found = query.getResultList();
		return found.isEmpty() ? null : ((Number) found.get(0)).longValue();
	}

	private static String column(SortKey key) {
		return switch (key) {
			case OPEN_CONVERSATIONS -> "m.open_conversations";
			case LAST_TURN -> "m.last_turn";
			case POSITION -> "m.position";
			case RANDOM -> "random()";
		};
	}
}
