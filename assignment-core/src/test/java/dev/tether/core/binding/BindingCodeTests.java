package dev.tether.core.binding;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BindingCodeTests {

	private static final String CODE = "TB0123456789ABCDEFGHJK";

	@Test
	void theMessageCarriesTheCodeBehindAMarker() {
		String message = new BindingCode(CODE).message("Alice Chen");

		assertThat(message).contains("Alice Chen").endsWith("#" + CODE);
		assertThat(BindingCode.findIn(message)).contains(new BindingCode(CODE));
	}

	@Test
	void aCodeIsFoundAnywhereInAMessage() {
		assertThat(BindingCode.findIn("hi #" + CODE + " thanks")).contains(new BindingCode(CODE));
	}

	@Test
	void anAlteredCodeIsStillRecognisedAsAnAttempt() {
		BindingCode altered = BindingCode.findIn("#xB0123456789ABCDEFGHJK").orElseThrow();

		assertThat(altered.isWellFormed()).isFalse();
	}

	@Test
	void ordinaryMessagesCarryNoCode() {
		assertThat(BindingCode.findIn("I am your #1 fan")).isEmpty();
		assertThat(BindingCode.findIn(CODE)).isEmpty();
		assertThat(BindingCode.findIn("#" + CODE + "X")).isEmpty();
	}
}
