package dev.tether.core.binding;

import dev.tether.core.team.AgentId;
import dev.tether.core.team.TeamId;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BindingPolicyTests {

	private static final BindingTarget ALICE = BindingTarget.agent(new AgentId(1));

	private static final BindingTarget BOB = BindingTarget.agent(new AgentId(2));

	private static final BindingTarget SALES = BindingTarget.team(new TeamId(7));

	private static final BindingTarget ALICE_IN_SALES = BindingTarget.agentInTeam(new AgentId(1), new TeamId(7));

	private final BindingPolicy permanent = new BindingPolicy(AssignmentMode.PERMANENT);

	private final BindingPolicy general = new BindingPolicy(AssignmentMode.GENERAL);

	@Test
	void anUnboundContactBindsInEitherMode() {
		assertThat(permanent.bind(null, ALICE)).isEqualTo(new BindOutcome.Bound(ALICE, null));
		assertThat(general.bind(null, SALES)).isEqualTo(new BindOutcome.Bound(SALES, null));
	}

	@Test
	void permanentModeKeepsTheFirstBindingAndNamesIt() {
		BindOutcome outcome = permanent.bind(ALICE, BOB);

		assertThat(outcome).isEqualTo(new BindOutcome.Conflict(ALICE));
		assertThat(outcome.succeeded()).isFalse();
	}

	@Test
	void generalModeReplacesTheBindingAndRemembersTheOldOne() {
		assertThat(general.bind(ALICE, BOB)).isEqualTo(new BindOutcome.Bound(BOB, ALICE));
	}

	@Test
	void theSameTargetAgainIsASuccessThatChangesNothing() {
		BindOutcome outcome = permanent.bind(ALICE_IN_SALES, ALICE_IN_SALES);

		assertThat(outcome).isEqualTo(new BindOutcome.AlreadyBound(ALICE_IN_SALES));
		assertThat(outcome.succeeded()).isTrue();
	}

	@Test
	void anAgentWithinATeamIsADifferentTargetFromTheAgentAlone() {
		assertThat(permanent.bind(ALICE, ALICE_IN_SALES)).isEqualTo(new BindOutcome.Conflict(ALICE));
	}

	@Test
	void anExternalSystemsIndividualAssignmentReplacesAnyBindingWhateverTheMode() {
		assertThat(BindingPolicy.imposePermanently(null, null, ALICE)).isEqualTo(new BindOutcome.Bound(ALICE, null));
		assertThat(BindingPolicy.imposePermanently(BOB, AssignmentMode.PERMANENT, ALICE))
			.isEqualTo(new BindOutcome.Bound(ALICE, BOB));
		assertThat(BindingPolicy.imposePermanently(ALICE_IN_SALES, AssignmentMode.PERMANENT, ALICE))
			.isEqualTo(new BindOutcome.Bound(ALICE, ALICE_IN_SALES));
	}

	@Test
	void anExternalSystemsIndividualAssignmentMakesAGeneralBindingToTheSameAgentPermanent() {
		assertThat(BindingPolicy.imposePermanently(ALICE, AssignmentMode.GENERAL, ALICE))
			.isEqualTo(new BindOutcome.Bound(ALICE, ALICE));
		assertThat(BindingPolicy.imposePermanently(ALICE, AssignmentMode.PERMANENT, ALICE))
			.isEqualTo(new BindOutcome.AlreadyBound(ALICE));
	}
}
