package dev.tether.line.link;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * LINE's pre-filled chat link, {@code https://line.me/R/oaMessage/{LINE ID}/?{text}}: both parts
 * percent-encoded, a space as {@code %20} (LINE does not read {@code +}), the text after a bare
 * {@code ?}.
 */
public final class OaMessageLink {

	private OaMessageLink() {
	}

	public static String of(String basicId, String message) {
		return "https://line.me/R/oaMessage/" + encode(basicId) + "/?" + encode(message);
	}

	static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
	}
}
