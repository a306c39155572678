package dev.tether.line.webhook;

import java.nio.charset.StandardCharsets;

import com.linecorp.bot.parser.LineSignatureValidator;
import org.jspecify.annotations.Nullable;

/** Checks {@code X-Line-Signature}: Base64 HMAC-SHA256 of the raw body, keyed with the channel secret. */
final class WebhookSignature {

	private WebhookSignature() {
	}

	static boolean isValid(String channelSecret, byte[] body, @Nullable String signature) {
		if (signature == null || signature.isBlank()) {
			return false;
		}
		try {
			// The SDK compares in constant time.
			return new LineSignatureValidator(channelSecret.getBytes(StandardCharsets.US_ASCII))
				.validateSignature(body, signature.strip());
		}
		catch (IllegalArgumentException notBase64) {
			return false;
		}
	}
}
