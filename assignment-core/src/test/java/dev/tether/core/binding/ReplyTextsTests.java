package dev.tether.core.binding;

import dev.tether.core.team.AgentId;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class ReplyTextsTests {

	private static final BindingTarget AOI = BindingTarget.agent(new AgentId(1));

	private static final BindOutcome BOUND = new BindOutcome.Bound(AOI, null);

	private static final BindOutcome CONFLICT = new BindOutcome.Conflict(AOI);

	private static final BindOutcome INVALID = new BindOutcome.Invalid(BindOutcome.InvalidCode.TAMPERED);

	@Test
	void anOrgWithoutTemplatesRepliesWithTheContractsFixedTexts() {
		assertThat(ReplyTexts.FIXED.forOutcome(BOUND, "Aoi")).isEqualTo("You have successfully bound to: Aoi");
		assertThat(ReplyTexts.FIXED.forOutcome(new BindOutcome.AlreadyBound(AOI), "Aoi"))
			.isEqualTo("You have successfully bound to: Aoi");
		assertThat(ReplyTexts.FIXED.forOutcome(CONFLICT, "Ren")).isEqualTo("Binding failed. You were previously bound to: Ren");
		assertThat(ReplyTexts.FIXED.forOutcome(INVALID, "")).isEqualTo("Invalid binding. Please contact service staff.");
	}

	@Test
	void anOrgsTemplatesNameTheTargetWhereverTheyPutIt() {
		ReplyTexts texts = new ReplyTexts("{name} will look after you from now on, {name} says hi",
				"You already talk to {name}", "That code did not work");

		assertThat(texts.forOutcome(BOUND, "Aoi")).isEqualTo("Aoi will look after you from now on, Aoi says hi");
		assertThat(texts.forOutcome(CONFLICT, "Ren")).isEqualTo("You already talk to Ren");
		assertThat(texts.forOutcome(INVALID, "")).isEqualTo("That code did not work");
	}

	@Test
	void aTemplateLeftOutKeepsItsFixedText() {
		ReplyTexts onlySuccess = new ReplyTexts("Welcome, {name} is yours", null, null);

		assertThat(onlySuccess.forOutcome(CONFLICT, "Ren")).isEqualTo("Binding failed. You were previously bound to: Ren");
		assertThat(onlySuccess.forOutcome(INVALID, "")).isEqualTo("Invalid binding. Please contact service staff.");
	}

	@Test
	void aSuccessOrConflictTemplateMustNameTheTarget() {
		assertThatIllegalArgumentException().isThrownBy(() -> new ReplyTexts("Welcome!", null, null))
			.withMessageStartingWith("replyTexts.success: must contain {name}");
		assertThatIllegalArgumentException().isThrownBy(() -> new ReplyTexts(null, "Taken", null))
			.withMessageStartingWith("replyTexts.conflict: must contain {name}");
		assertThat(new ReplyTexts(null, null, "No {name} here").invalid()).isEqualTo("No {name} here");
	}

	@Test
	void aTemplateOfFiveHundredCharactersIsTheLongest() {
		String longest = "{name}" + "x".repeat(494);

		assertThat(new ReplyTexts(longest, null, null).success()).hasSize(500);
		assertThatIllegalArgumentException().isThrownBy(() -> new ReplyTexts(longest + "x", null, null))
			.withMessage("replyTexts.success: at most 500 characters");
		assertThatIllegalArgumentException().isThrownBy(() -> new ReplyTexts(null, null, " "))
			.withMessageStartingWith("replyTexts.invalid: must not be blank");
	}

	@Test
	void aBindingMessageTemplateAlwaysEndsWithTheCode() {
		BindingCode code = new BindingCode("TB" + "A".repeat(BindingCode.LENGTH - 2));

		assertThat(new BindingMessage("Hi, I'd like {name} please").of(code, "Aoi"))
			.isEqualTo("Hi, I'd like Aoi please #" + code.value());
		assertThat(new BindingMessage("Hello").of(code, "Aoi")).isEqualTo("Hello #" + code.value());
		assertThat(BindingMessage.DEFAULT.of(code, "Aoi")).isEqualTo(code.message("Aoi"));
		assertThat(BindingCode.findIn(new BindingMessage("{name} {name}").of(code, "Aoi"))).contains(code);
	}

	@Test
	void aBindingMessageTemplateIsRefusedWhenBlankOrTooLong() {
		assertThatIllegalArgumentException().isThrownBy(() -> new BindingMessage(""))
			.withMessageStartingWith("bindingMessage: must not be blank");
		assertThatIllegalArgumentException().isThrownBy(() -> new BindingMessage("x".repeat(501)))
			.withMessage("bindingMessage: at most 500 characters");
	}
}
