package dev.tether.core.routing;

import static dev.tether.core.routing.Members.aTeamOf;
import static dev.tether.core.routing.Members.agent;
import static dev.tether.core.routing.Members.anAgent;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import dev.tether.core.team.AgentId;

class LeastOpenContactsTests {

	private final LeastOpenContacts leastOpen = new LeastOpenContacts();

	@Test
	void memberWithFewestOpenConversationsIsPicked() {
		List<Candidate> eligible = List.of(
				anAgent(1).holding(4).candidate(),
				anAgent(2).holding(1).lastServedOnTurn(9).candidate(),
				anAgent(3).holding(2).candidate());

		assertThat(leastOpen.pick(eligible)).contains(agent(2));
	}

	@Test
	void equalLoadGoesToTheLeastRecentlyServed() {
		List<Candidate> eligible = List.of(
				anAgent(1).holding(2).lastServedOnTurn(7).candidate(),
				anAgent(2).holding(2).lastServedOnTurn(3).candidate(),
				anAgent(3).holding(5).lastServedOnTurn(1).candidate());

		assertThat(leastOpen.pick(eligible)).contains(agent(2));
	}

	@Test
	void equalLoadAndEqualTurnGoToTheEarlierPosition() {
		List<Candidate> eligible = List.of(
				anAgent(3).holding(1).lastServedOnTurn(4).candidate(),
				anAgent(2).holding(1).lastServedOnTurn(4).candidate());

		assertThat(leastOpen.pick(eligible)).contains(agent(2));
	}

	@Test
	void nobodyIsPickedWhenNobodyIsEligible() {
		assertThat(leastOpen.pick(List.of())).isEmpty();
	}

	@Test
	void ordersByOpenConversationsThenLikeRoundRobin() {
		assertThat(leastOpen.order())
				.containsExactly(SortKey.OPEN_CONVERSATIONS, SortKey.LAST_TURN, SortKey.POSITION);
	}

	@Test
	void anIdleTeamWhoseConversationsStayOpenIsServedInRotation() {
		SimulatedTeam team = SimulatedTeam.leastOpenOver(aTeamOf(3));

		List<AgentId> expected = IntStream.range(0, 30).mapToObj(i -> agent(i % 3 + 1)).toList();
		assertThat(team.route(30)).containsExactlyElementsOf(expected);
	}
}
