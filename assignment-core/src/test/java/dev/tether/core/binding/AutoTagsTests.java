package dev.tether.core.binding;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class AutoTagsTests {

	@Test
	void allowsAtMostFiveTags() {
		assertThat(new AutoTags(List.of("a", "b", "c", "d", "e")).tags()).hasSize(5);
		assertThatIllegalArgumentException().isThrownBy(() -> new AutoTags(List.of("a", "b", "c", "d", "e", "f")));
	}

	@Test
	void trimsAndDropsRepeatedTags() {
		assertThat(new AutoTags(List.of(" vip ", "vip", "新規")).tags()).containsExactly("vip", "新規");
	}

	@Test
	void rejectsBlankTags() {
		assertThatIllegalArgumentException().isThrownBy(() -> new AutoTags(List.of(" ")));
	}

	@Test
	void anAgentsOwnTagsReplaceTheTeamsAndTheOrgs() {
		AutoTags org = new AutoTags(List.of("org"));
		AutoTags team = new AutoTags(List.of("team"));
		AutoTags agent = new AutoTags(List.of("agent"));

		assertThat(AutoTags.forBinding(agent, team, org)).isEqualTo(agent);
		assertThat(AutoTags.forBinding(AutoTags.NONE, team, org)).isEqualTo(team);
		assertThat(AutoTags.forBinding(null, null, org)).isEqualTo(org);
	}

	@Test
	void reportsOnlyTheTagsAContactLacks() {
		assertThat(new AutoTags(List.of("a", "b")).missingFrom(List.of("b", "z"))).containsExactly("a");
	}
}
