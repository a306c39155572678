package dev.tether.persistence.routing;

import java.time.Instant;

import dev.tether.core.routing.Router;
import dev.tether.core.routing.RoutingRule;
import dev.tether.core.routing.Strategy;
import dev.tether.persistence.org.Orgs;
import dev.tether.persistence.team.Agents;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Routing over every active agent of the org ("a user in the space"), with the same rules and
 * guarantees as a team: the org's row lock serialises these decisions, capacity is taken by a
 * conditional update, and the rotation is the org's own.
 */
@Component
public class OrgRouting {

	private final Orgs orgs;

	private final Agents agents;

	private final CandidateWindow candidates;

	private final Router router;

	private final Assignments assignments;

	OrgRouting(Orgs orgs, Agents agents, CandidateWindow candidates, Router router, Assignments assignments) {
		this.orgs = orgs;
		this.agents = agents;
		this.candidates = candidates;
		this.router = router;
		this.assignments = assignments;
	}

	/** Picks and takes an agent of the org by the rule; null when nobody may take work now. */
	@Transactional(propagation = Propagation.MANDATORY)
	public @Nullable Long takeAnyAgent(long orgId, RoutingRule rule, Instant at) {
		if (rule.strategy() == Strategy.MANUAL) {
			return null;
		}
		orgs.lock(orgId);
		var order = router.orderOf(rule.strategy());
		int cap = rule.maxOpenContacts() == null ? Assignments.NO_TEAM_CAP : rule.maxOpenContacts();
		Long agent = assignments.takeFirstWithRoom(
				full -> router.pickFrom(rule, candidates.ofOrg(orgId, rule, order, at, 1, full)),
				cap);
		if (agent != null) {
			agents.markOrgTurn(agent, orgs.nextTurn(orgId));
		}
		return agent;
	}
}
