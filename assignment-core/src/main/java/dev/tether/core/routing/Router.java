package dev.tether.core.routing;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.random.RandomGenerator;

import org.jspecify.annotations.Nullable;

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

	/** The keys, ascending, whose first eligible member {@code strategy} picks, for a query to make the same pick. */
	public List<SortKey> orderOf(Strategy strategy) {
		return RoutingStrategy.of(strategy, random).order();
	}

	/**
	 * Decides, one after the other, for {@code conversations} new conversations of one team whose
	 * members are {@code window}: as if each were routed alone with the previous picks' turns and
	 * loads applied. {@code window} may be only the first members by the strategy's order, as long
	 * as it holds at least one per conversation: a member who has not been picked yet is only ever
	 * picked before those behind them, so the picks never reach past such a window.
	 *
	 * The caller has made sure the team has active members; an empty window means nobody may take
	 * work now, so the conversations wait.
	 *
	 * @param lastTurn the team's latest turn; each assignment takes the next
	 */
	public List<RoutingDecision> routeEach(RoutingRule rule, List<Candidate> window, int conversations, long lastTurn) {
		List<Candidate> members = new ArrayList<>(window);
		List<RoutingDecision> decisions = new ArrayList<>(conversations);
		long turn = lastTurn;
		for (int i = 0; i < conversations; i++) {
			RoutingDecision decision = pick(rule, members);
			decisions.add(decision);
			if (decision instanceof Assigned assigned) {
				turn = Turns.next(turn);
				long taken = turn;
				members.replaceAll(member -> member.agent().equals(assigned.agent()) ? member.assignedAt(taken) : member);
			}
		}
		return decisions;
	}

	/**
	 * The member the rule picks among {@code window}, the first eligible members by the strategy's
	 * order that the database found; {@code null} when it picks nobody.
	 */
	public @Nullable Long pickFrom(RoutingRule rule, List<Candidate> window) {
		return pick(rule, window) instanceof Assigned assigned ? assigned.agent().value() : null;
	}

	public RoutingDecision route(RoutingRule rule, List<Candidate> members) {
		if (members.isEmpty()) {
			return new Rejected(Reason.TEAM_EMPTY);
		}
		if (members.stream().noneMatch(Candidate::active)) {
			return new Rejected(Reason.NO_ACTIVE_MEMBER);
		}
		return pick(rule, members);
	}

	private RoutingDecision pick(RoutingRule rule, List<Candidate> members) {
		Eligibility eligibility = Eligibility.forRule(rule);
		List<Candidate> eligible = members.stream().filter(eligibility::admits).toList();
		return RoutingStrategy.of(rule.strategy(), random)
				.pick(eligible)
				.<RoutingDecision>map(Assigned::new)
				.orElseGet(Queued::new);
	}
}
