package dev.tether.core.binding;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BindingCodeSignerTests {

	private final BindingCodeSigner signer = aSignerWithKey("channel-one-secret-key");

	@Test
	void issuedCodesAreAuthenticAndWellFormed() {
		BindingCode code = signer.issue();

		assertThat(code.value()).hasSize(BindingCode.LENGTH).startsWith("TB");
		assertThat(code.isWellFormed()).isTrue();
		assertThat(signer.isAuthentic(code)).isTrue();
	}

	@Test
	void changingAnyCharacterOfACodeMakesItInvalid() {
		BindingCode code = signer.issue();
		for (int position = 0; position < BindingCode.LENGTH; position++) {
			for (char replacement : (BindingCode.ALPHABET + "abcxyzILOU").toCharArray()) {
				if (replacement == code.value().charAt(position)) {
					continue;
				}
				StringBuilder altered = new StringBuilder(code.value());
				altered.setCharAt(position, replacement);
				assertThat(signer.isAuthentic(new BindingCode(altered.toString())))
					.as("code altered at %d to %s", position, replacement)
					.isFalse();
			}
		}
	}

	@Test
	void aCodeFromAnotherChannelIsNotAuthentic() {
		BindingCode elsewhere = aSignerWithKey("channel-two-secret-key").issue();

		assertThat(signer.isAuthentic(elsewhere)).isFalse();
	}

	@Test
	void codesDoNotRepeat() {
		Set<String> seen = new HashSet<>();
		for (int i = 0; i < 10_000; i++) {
			assertThat(seen.add(signer.issue().value())).isTrue();
		}
	}

	private static BindingCodeSigner aSignerWithKey(String key) {
		return new BindingCodeSigner(key.getBytes(StandardCharsets.US_ASCII), new SplittableRandom(42));
	}
}
