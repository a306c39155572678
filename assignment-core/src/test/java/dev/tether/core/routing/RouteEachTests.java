package dev.tether.core.routing;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.LongStream;

import dev.tether.core.routing.RoutingDecision.Assigned;
import dev.tether.core.routing.RoutingDecision.Queued;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static dev.tether.core.routing.Members.aTeamOf;
import static dev.tether.core.routing.Members.agent;
import static dev.tether.core.routing.Members.anAgent;
import static org.assertj.core.api.Assertions.assertThat;

class RouteEachTests {

	private final Router router = new Router(new SplittableRandom(11));

	@Test
	void roundRobinHandsSeveralConversationsOutInTurn() {
		List<RoutingDecision> decisions = router.routeEach(rule(Strategy.ROUND_ROBIN, null), aTeamOf(3), 5, 0);

		assertThat(decisions).containsExactly(new Assigned(agent(1)), new Assigned(agent(2)), new Assigned(agent(3)),
				new Assigned(agent(1)), new Assigned(agent(2)));
	}

	@Test
	void aMemberAtTheCapStopsTakingAndTheRestWaitWhenEveryoneIsFull() {
		List<Candidate> team = List.of(anAgent(1).cappedAt(1).candidate(), anAgent(2).cappedAt(2).candidate());

		List<RoutingDecision> decisions = router.routeEach(rule(Strategy.ROUND_ROBIN, null), team, 4, 0);

		assertThat(decisions).containsExactly(new Assigned(agent(1)), new Assigned(agent(2)), new Assigned(agent(2)),
				new Queued());
	}

	@Test
	void anEmptyWindowMeansNobodyMayTakeWorkNow() {
		assertThat(router.routeEach(rule(Strategy.LEAST_OPEN, 3), List.of(), 2, 0))
			.containsExactly(new Queued(), new Queued());
	}

	/**
	 * The window the database hands over holds only the first members by the strategy's order, one
	 * per conversation; deciding over it picks exactly who deciding over the whole team would.
	 */
	@ParameterizedTest
	@EnumSource(value = Strategy.class, names = { "ROUND_ROBIN", "LEAST_OPEN" })
	void theFirstMembersByTheStrategysOrderPickAsTheWholeTeamWould(Strategy strategy) {
		RoutingRule rule = rule(strategy, 4);
		List<Candidate> team = LongStream.rangeClosed(1, 40)
			.mapToObj(id -> anAgent(id).holding((int) (id * 7 % 5)).lastServedOnTurn(id * 13 % 17).candidate())
			.toList();
		int conversations = 12;
		List<Candidate> window = new ArrayList<>(team.stream().filter(Eligibility.forRule(rule)::admits).toList());
		window.sort(CandidateOrder.comparing(RoutingStrategy.of(strategy, new SplittableRandom(1)).order()));

		List<RoutingDecision> overTheWindow = router.routeEach(rule, window.subList(0, conversations), conversations,
				100);
		List<RoutingDecision> overTheTeam = router.routeEach(rule, team, conversations, 100);

		assertThat(overTheWindow).isEqualTo(overTheTeam).doesNotContain(new Queued());
	}

	private static RoutingRule rule(Strategy strategy, Integer cap) {
		return new RoutingRule(strategy, true, cap);
	}
}
