package dev.tether.core.binding;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TargetFitnessRuleTests {

	@Test
	void aTargetWhoseAgentWorksHereAndWhoseTeamHasSomeoneTakesAContact() {
		assertThat(TargetState.whyUnfit(true, true, true)).isNull();
	}

	@Test
	void aDeactivatedAgentIsToldBeforeAnythingElse() {
		assertThat(TargetState.whyUnfit(false, false, false)).isEqualTo(TargetState.Unfit.AGENT_INACTIVE);
	}

	@Test
	void aTeamWithNobodyToTakeTheContactIsToldBeforeAnAgentOutsideIt() {
		assertThat(TargetState.whyUnfit(true, false, false)).isEqualTo(TargetState.Unfit.TEAM_EMPTY);
		assertThat(TargetState.whyUnfit(true, true, false)).isEqualTo(TargetState.Unfit.NOT_IN_TEAM);
	}
}
