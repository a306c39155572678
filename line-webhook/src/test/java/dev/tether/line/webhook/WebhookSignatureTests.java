package dev.tether.line.webhook;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;

class WebhookSignatureTests {

	private static final String SECRET = "8c570fa6dd201bb328f1c1eac23a96d8";

	private static final byte[] BODY = "{\"destination\":\"U8e742f61d673b39c7fff3cecb7536ef0\",\"events\":[]}"
		.getBytes(StandardCharsets.UTF_8);

	private static final String SIGNATURE = "GhRKmvmHys4Pi8DxkF4+EayaH0OqtJtaZxgTD9fMDLs=";

	@Test
	void theDocumentedTestVectorIsValid() {
		assertThat(WebhookSignature.isValid(SECRET, BODY, SIGNATURE)).isTrue();
	}

	@Test
	void oneChangedByteOfTheBodyMakesTheSignatureInvalid() {
		byte[] altered = BODY.clone();
		altered[altered.length - 3] = (byte) '{';

		assertThat(WebhookSignature.isValid(SECRET, altered, SIGNATURE)).isFalse();
	}

	@Test
	void oneChangedCharacterOfTheSignatureMakesItInvalid() {
		String altered = "H" + SIGNATURE.substring(1);

		assertThat(WebhookSignature.isValid(SECRET, BODY, altered)).isFalse();
	}

	@Test
	void anotherChannelsSecretDoesNotValidateTheSignature() {
		assertThat(WebhookSignature.isValid("0" + SECRET.substring(1), BODY, SIGNATURE)).isFalse();
	}

	@Test
	void aHeaderThatIsNotBase64IsInvalidRatherThanAnError() {
		assertThatNoException().isThrownBy(() -> WebhookSignature.isValid(SECRET, BODY, "not*base64!"));
		assertThat(WebhookSignature.isValid(SECRET, BODY, "not*base64!")).isFalse();
		assertThat(WebhookSignature.isValid(SECRET, BODY, "GhRKmvmHys4Pi8DxkF4-EayaH0OqtJtaZxgTD9fMDLs=")).isFalse();
	}

	@Test
	void aBase64HeaderOfTheWrongLengthIsInvalid() {
		assertThat(WebhookSignature.isValid(SECRET, BODY, "R2hSS212bUh5czRQaQ==")).isFalse();
	}

	@Test
	void aMissingOrBlankHeaderIsInvalid() {
		assertThat(WebhookSignature.isValid(SECRET, BODY, null)).isFalse();
		assertThat(WebhookSignature.isValid(SECRET, BODY, "")).isFalse();
		assertThat(WebhookSignature.isValid(SECRET, BODY, "   ")).isFalse();
	}
}
