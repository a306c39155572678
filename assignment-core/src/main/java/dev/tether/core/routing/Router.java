package dev.tether.core.routing;

import java.util.List;
import java.util.Objects;
import java.util.random.RandomGenerator;

import dev.tether.core.routing.RoutingDecision.Assigned;
import dev.tether.core.routing.RoutingDecision.Queued;
import dev.tether.core.routing.RoutingDecision.Reason;
import dev.tether.core.routing.RoutingDecision.Rejected;

/**
 * Decides who gets a new conversation under a team's rule. A team that cannot take work at all is rejected
 * before the strategy is consulted, even a manual one, so its membership gets fixed.
 */
public final class Router {

	private final RandomGenerator random;

	public Router(RandomGenerator random) {
		this.random = Objects.requireNonNull(random, "random");
	}

	public RoutingDecision route(RoutingRule rule, List<Candidate> members) {
		if (members.isEmpty()) {
			return new Rejected(Reason.TEAM_EMPTY);
		}
		if (members.stream().noneMatch(Candidate::active)) {
			return new Rejected(Reason.NO_ACTIVE_MEMBER);
		}
		Eligibility eligibility = Eligibility.forRule(rule);
		List<Candidate> eligible = members.stream().filter(eligibility::admits).toList();
		return RoutingStrategy.of(rule.strategy(), random)
				.pick(eligible)
				.<RoutingDecision>map(Assigned::new)
				.orElseGet(Queued::new);
	}
}
