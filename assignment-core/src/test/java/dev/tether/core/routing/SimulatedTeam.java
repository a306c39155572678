package dev.tether.core.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.UnaryOperator;

import dev.tether.core.presence.PresenceStatus;
import dev.tether.core.routing.RoutingDecision.Assigned;
import dev.tether.core.team.AgentId;

/**
 * A team over time: routes one conversation after another and, as persistence would, stamps each assignee
 * with the next turn and one more open conversation.
 */
final class SimulatedTeam {

	private final Router router;
	private final RoutingRule rule;
	private final Map<AgentId, Candidate> members = new LinkedHashMap<>();
	private long turn = Turns.NEVER;

	private SimulatedTeam(Strategy strategy, List<Candidate> members) {
		this.router = new Router(new SplittableRandom(1));
		this.rule = new RoutingRule(strategy, true, null);
		members.forEach(this::join);
	}

	static SimulatedTeam roundRobinOver(List<Candidate> members) {
		return new SimulatedTeam(Strategy.ROUND_ROBIN, members);
	}

	static SimulatedTeam leastOpenOver(List<Candidate> members) {
		return new SimulatedTeam(Strategy.LEAST_OPEN, members);
	}

	/** The agents who get the next {@code conversations}, in order. */
	List<AgentId> route(int conversations) {
		List<AgentId> assignees = new ArrayList<>();
		for (int i = 0; i < conversations; i++) {
			RoutingDecision decision = router.route(rule, List.copyOf(members.values()));
			assertThat(decision).isInstanceOf(Assigned.class);
			AgentId assignee = ((Assigned) decision).agent();
			turn = Turns.next(turn);
			update(assignee, served -> copy(served, served.presence(), served.openConversations() + 1, turn));
			assignees.add(assignee);
		}
		return assignees;
	}

	void join(Candidate member) {
		members.put(member.agent(), member);
	}

	void leave(AgentId agent) {
		members.remove(agent);
	}

	void goOffline(AgentId agent) {
		update(agent, member -> copy(member, PresenceStatus.OFFLINE, member.openConversations(), member.lastTurn()));
	}

	void comeBackOnline(AgentId agent) {
		update(agent, member -> copy(member, PresenceStatus.ONLINE, member.openConversations(), member.lastTurn()));
	}

	private void update(AgentId agent, UnaryOperator<Candidate> change) {
		members.computeIfPresent(agent, (id, member) -> change.apply(member));
	}

	private static Candidate copy(Candidate member, PresenceStatus presence, int openConversations, long lastTurn) {
		return new Candidate(member.agent(), member.active(), member.onSchedule(), presence, openConversations, member.agentCapacity(),
				lastTurn, member.position());
	}
}
