package dev.tether.core.routing;

import static dev.tether.core.routing.Members.anAgent;
import static dev.tether.core.routing.Members.anAwayAgent;
import static dev.tether.core.routing.Members.anInactiveAgent;
import static dev.tether.core.routing.Members.anOfflineAgent;
import static dev.tether.core.routing.Members.anOnlineAgent;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EligibilityTests {

	@Test
	void activeOnlyTurnsAwayADeactivatedMember() {
		assertThat(Eligibility.activeOnly().admits(anInactiveAgent(1))).isFalse();
		assertThat(Eligibility.activeOnly().admits(anOnlineAgent(1))).isTrue();
	}

	@Test
	void onlineOnlyAdmitsAnOnlineMember() {
		assertThat(Eligibility.onlineOnly().admits(anOnlineAgent(1))).isTrue();
	}

	@Test
	void onlineOnlyTurnsAwayAwayAndOfflineMembers() {
		assertThat(Eligibility.onlineOnly().admits(anAwayAgent(1))).isFalse();
		assertThat(Eligibility.onlineOnly().admits(anOfflineAgent(2))).isFalse();
	}

	@Test
	void agentCapStricterThanTeamCapWins() {
		Eligibility teamCapOfFive = Eligibility.underCapacity(5);

		assertThat(teamCapOfFive.admits(anAgent(1).cappedAt(2).holding(1).candidate())).isTrue();
		assertThat(teamCapOfFive.admits(anAgent(1).cappedAt(2).holding(2).candidate())).isFalse();
	}

	@Test
	void teamCapStricterThanAgentCapWins() {
		Eligibility teamCapOfTwo = Eligibility.underCapacity(2);

		assertThat(teamCapOfTwo.admits(anAgent(1).cappedAt(5).holding(1).candidate())).isTrue();
		assertThat(teamCapOfTwo.admits(anAgent(1).cappedAt(5).holding(2).candidate())).isFalse();
	}

	@Test
	void teamCapAloneLimitsAnUncappedAgent() {
		assertThat(Eligibility.underCapacity(3).admits(anAgent(1).holding(3).candidate())).isFalse();
	}

	@Test
	void agentCapAloneLimitsWhenTheTeamHasNoCap() {
		assertThat(Eligibility.underCapacity(null).admits(anAgent(1).cappedAt(3).holding(3).candidate())).isFalse();
	}

	@Test
	void withoutACapOnEitherSideThereIsNoLimit() {
		assertThat(Eligibility.underCapacity(null).admits(anAgent(1).holding(100_000).candidate())).isTrue();
	}

	@Test
	void memberExactlyAtTheCapIsFull() {
		assertThat(Eligibility.underCapacity(4).admits(anAgent(1).holding(4).candidate())).isFalse();
		assertThat(Eligibility.underCapacity(4).admits(anAgent(1).holding(3).candidate())).isTrue();
	}

	@Test
	void aCapOfZeroAdmitsNobody() {
		assertThat(Eligibility.underCapacity(0).admits(anOnlineAgent(1))).isFalse();
		assertThat(Eligibility.underCapacity(null).admits(anAgent(1).cappedAt(0).candidate())).isFalse();
	}

	@Test
	void composedConditionsMustAllAdmit() {
		Eligibility activeAndOnline = Eligibility.activeOnly().and(Eligibility.onlineOnly());

		assertThat(activeAndOnline.admits(anOnlineAgent(1))).isTrue();
		assertThat(activeAndOnline.admits(anOfflineAgent(1))).isFalse();
		assertThat(activeAndOnline.admits(anInactiveAgent(1))).isFalse();
	}

	@Test
	void aRuleAlwaysRequiresAnActiveMember() {
		Eligibility anyPresence = Eligibility.forRule(new RoutingRule(Strategy.ROUND_ROBIN, false, null));

		assertThat(anyPresence.admits(anInactiveAgent(1))).isFalse();
	}

	@Test
	void aMemberOutsideTheirShiftTakesNoNewWorkUnderAnyRuleEvenOnline() {
		Candidate offShiftButOnline = anAgent(1).offSchedule().candidate();

		assertThat(Eligibility.onSchedule().admits(offShiftButOnline)).isFalse();
		assertThat(Eligibility.forRule(new RoutingRule(Strategy.ROUND_ROBIN, false, null)).admits(offShiftButOnline))
			.isFalse();
		assertThat(Eligibility.forRule(new RoutingRule(Strategy.LEAST_OPEN, true, null)).admits(offShiftButOnline))
			.isFalse();
		assertThat(Eligibility.forRule(new RoutingRule(Strategy.ROUND_ROBIN, false, null)).admits(anOnlineAgent(1)))
			.isTrue();
	}

	@Test
	void aRuleWithoutOnlineOnlyAdmitsOfflineButNeverAwayMembers() {
		Eligibility anyPresence = Eligibility.forRule(new RoutingRule(Strategy.ROUND_ROBIN, false, null));

		assertThat(anyPresence.admits(anOfflineAgent(1))).isTrue();
		assertThat(anyPresence.admits(anAwayAgent(1))).isFalse();
	}

	@Test
	void aRuleWithOnlineOnlyTurnsAwayAwayAndOfflineMembers() {
		Eligibility online = Eligibility.forRule(new RoutingRule(Strategy.ROUND_ROBIN, true, null));

		assertThat(online.admits(anOnlineAgent(1))).isTrue();
		assertThat(online.admits(anAwayAgent(1))).isFalse();
		assertThat(online.admits(anOfflineAgent(1))).isFalse();
	}

	@Test
	void aRuleAppliesTheTeamCapAndTheAgentsOwnCap() {
		Eligibility capOfThree = Eligibility.forRule(new RoutingRule(Strategy.ROUND_ROBIN, true, 3));

		assertThat(capOfThree.admits(anAgent(1).holding(3).candidate())).isFalse();
		assertThat(capOfThree.admits(anAgent(1).cappedAt(1).holding(1).candidate())).isFalse();
		assertThat(capOfThree.admits(anAgent(1).holding(2).candidate())).isTrue();
	}
}
