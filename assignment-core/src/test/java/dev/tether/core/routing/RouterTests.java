package dev.tether.core.routing;

import static dev.tether.core.routing.Members.aTeamOf;
import static dev.tether.core.routing.Members.agent;
import static dev.tether.core.routing.Members.anAgent;
import static dev.tether.core.routing.Members.anAwayAgent;
import static dev.tether.core.routing.Members.anInactiveAgent;
import static dev.tether.core.routing.Members.anOfflineAgent;
import static dev.tether.core.routing.Members.anOnlineAgent;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import dev.tether.core.presence.PresenceStatus;
import dev.tether.core.routing.RoutingDecision.Assigned;
import dev.tether.core.routing.RoutingDecision.Queued;
import dev.tether.core.routing.RoutingDecision.Reason;
import dev.tether.core.routing.RoutingDecision.Rejected;

class RouterTests {

	private final Router router = new Router(new SplittableRandom(7));

	@Test
	void aTeamWithNoMembersIsRejectedAsEmpty() {
		assertThat(router.route(roundRobin(), List.of())).isEqualTo(new Rejected(Reason.TEAM_EMPTY));
	}

	@Test
	void aTeamWhoseMembersAreAllDeactivatedIsRejected() {
		List<Candidate> deactivated = List.of(anInactiveAgent(1), anInactiveAgent(2));

		assertThat(router.route(roundRobin(), deactivated)).isEqualTo(new Rejected(Reason.NO_ACTIVE_MEMBER));
	}

	@Test
	void aManualTeamWhoseMembersAreAllDeactivatedIsStillRejected() {
		RoutingRule manual = new RoutingRule(Strategy.MANUAL, true, null);

		assertThat(router.route(manual, List.of(anInactiveAgent(1)))).isEqualTo(new Rejected(Reason.NO_ACTIVE_MEMBER));
	}

	@Test
	void aManualTeamQueuesEvenWhenSomeoneCouldTakeTheConversation() {
		RoutingRule manual = new RoutingRule(Strategy.MANUAL, true, null);

		assertThat(router.route(manual, aTeamOf(3))).isEqualTo(new Queued());
	}

	@Test
	void theConversationQueuesWhenNoMemberIsEligibleRightNow() {
		List<Candidate> nobodyAvailable = List.of(
				anAwayAgent(1),
				anOfflineAgent(2),
				anAgent(3).cappedAt(1).holding(1).candidate());

		assertThat(router.route(roundRobin(), nobodyAvailable)).isEqualTo(new Queued());
	}

	@Test
	void roundRobinAssignsTheLeastRecentlyServedEligibleMember() {
		List<Candidate> members = List.of(
				anAgent(1).lastServedOnTurn(1).in(PresenceStatus.OFFLINE).candidate(),
				anAgent(2).lastServedOnTurn(3).candidate(),
				anAgent(3).lastServedOnTurn(2).candidate());

		assertThat(router.route(roundRobin(), members)).isEqualTo(new Assigned(agent(3)));
	}

	@Test
	void leastOpenAssignsTheLeastLoadedMemberWithRoomToSpare() {
		RoutingRule leastOpen = new RoutingRule(Strategy.LEAST_OPEN, true, 5);
		List<Candidate> members = List.of(
				anAgent(1).cappedAt(1).holding(1).candidate(),
				anAgent(2).holding(4).candidate(),
				anAgent(3).holding(2).candidate());

		assertThat(router.route(leastOpen, members)).isEqualTo(new Assigned(agent(3)));
	}

	@Test
	void awayMembersTakeNoWorkEvenWhenTheTeamDoesNotRequireOnline() {
		RoutingRule anyPresence = new RoutingRule(Strategy.ROUND_ROBIN, false, null);

		assertThat(router.route(anyPresence, List.of(anAwayAgent(1), anOfflineAgent(2))))
			.isEqualTo(new Assigned(agent(2)));
		assertThat(router.route(anyPresence, List.of(anAwayAgent(1)))).isEqualTo(new Queued());
	}

	@ParameterizedTest
	@EnumSource(value = Strategy.class, names = { "ROUND_ROBIN", "LEAST_OPEN", "RANDOM" })
	void aDeactivatedMemberIsNeverAssigned(Strategy strategy) {
		RoutingRule rule = new RoutingRule(strategy, false, null);
		List<Candidate> members = List.of(anInactiveAgent(1), anAgent(2).holding(3).lastServedOnTurn(8).candidate());

		assertThat(IntStream.range(0, 200).mapToObj(i -> router.route(rule, members)))
				.containsOnly(new Assigned(agent(2)));
	}

	@Test
	void randomNeverAssignsAnIneligibleMember() {
		RoutingRule random = new RoutingRule(Strategy.RANDOM, true, 2);
		List<Candidate> members = List.of(
				anOnlineAgent(1),
				anAwayAgent(2),
				anOfflineAgent(3),
				anInactiveAgent(4),
				anAgent(5).holding(2).candidate(),
				anAgent(6).cappedAt(1).holding(1).candidate(),
				anOnlineAgent(7));

		assertThat(IntStream.range(0, 1_000).mapToObj(i -> router.route(random, members)))
				.containsOnly(new Assigned(agent(1)), new Assigned(agent(7)));
	}

	@Test
	void aQueryOrdersMembersByTheKeysEachStrategyPicksBy() {
		assertThat(router.orderOf(Strategy.ROUND_ROBIN)).isEqualTo(new RoundRobin().order());
		assertThat(router.orderOf(Strategy.LEAST_OPEN)).isEqualTo(new LeastOpenContacts().order());
		assertThat(router.orderOf(Strategy.RANDOM)).containsExactly(SortKey.RANDOM);
		assertThat(router.orderOf(Strategy.MANUAL)).isEmpty();
	}

	private static RoutingRule roundRobin() {
		return new RoutingRule(Strategy.ROUND_ROBIN, true, null);
	}
}
