package dev.tether.core.routing;

import static dev.tether.core.routing.Members.aTeamOf;
import static dev.tether.core.routing.Members.agent;
import static dev.tether.core.routing.Members.anAgent;
import static dev.tether.core.routing.Members.anOnlineAgent;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import dev.tether.core.team.AgentId;

class RoundRobinTests {

	private final RoundRobin roundRobin = new RoundRobin();

	@Test
	void leastRecentlyServedMemberGoesFirst() {
		List<Candidate> eligible = List.of(
				anAgent(1).lastServedOnTurn(5).candidate(),
				anAgent(2).lastServedOnTurn(2).candidate(),
				anAgent(3).lastServedOnTurn(9).candidate());

		assertThat(roundRobin.pick(eligible)).contains(agent(2));
	}

	@Test
	void membersWhoWereNeverServedGoInPositionOrder() {
		List<Candidate> eligible = List.of(anOnlineAgent(3), anOnlineAgent(1), anOnlineAgent(2));

		assertThat(roundRobin.pick(eligible)).contains(agent(1));
	}

	@Test
	void nobodyIsPickedWhenNobodyIsEligible() {
		assertThat(roundRobin.pick(List.of())).isEmpty();
	}

	@Test
	void ordersByLastTurnThenPosition() {
		assertThat(roundRobin.order()).containsExactly(SortKey.LAST_TURN, SortKey.POSITION);
	}

	@Test
	void threeMembersAreServedStrictlyInPositionOrderForThirtyConversations() {
		SimulatedTeam team = SimulatedTeam.roundRobinOver(aTeamOf(3));

		List<AgentId> expected = IntStream.range(0, 30).mapToObj(i -> agent(i % 3 + 1)).toList();
		assertThat(team.route(30)).containsExactlyElementsOf(expected);
	}

	@Test
	void memberSkippedWhileOfflineIsFirstInLineOnceBack() {
		SimulatedTeam team = SimulatedTeam.roundRobinOver(aTeamOf(3));
		team.route(3);

		team.goOffline(agent(2));
		assertThat(team.route(4)).containsExactly(agent(1), agent(3), agent(1), agent(3));

		team.comeBackOnline(agent(2));
		assertThat(team.route(3)).containsExactly(agent(2), agent(1), agent(3));
	}

	@Test
	void newlyJoinedMemberIsServedNextThenJoinsTheRotation() {
		SimulatedTeam team = SimulatedTeam.roundRobinOver(aTeamOf(3));
		team.route(4);

		team.join(anOnlineAgent(4));

		assertThat(team.route(5)).containsExactly(agent(4), agent(2), agent(3), agent(1), agent(4));
	}

	@Test
	void memberWhoLeavesDropsOutAndTheRestKeepRotating() {
		SimulatedTeam team = SimulatedTeam.roundRobinOver(aTeamOf(3));
		team.route(2);

		team.leave(agent(3));

		assertThat(team.route(4)).containsExactly(agent(1), agent(2), agent(1), agent(2));
	}

	@Test
	void everyMemberGetsTheSameShareToWithinOneConversation() {
		SimulatedTeam team = SimulatedTeam.roundRobinOver(aTeamOf(7));

		Map<AgentId, Long> counts = team.route(1000).stream()
				.collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));

		assertThat(counts).hasSize(7);
		assertThat(Collections.max(counts.values()) - Collections.min(counts.values())).isLessThanOrEqualTo(1);
	}
}
