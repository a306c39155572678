package dev.tether.benchmark.line;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes webhooks the way the LINE platform delivers them to one channel: LINE's body shape with
 * one one-to-one text message event, signed with the channel secret over the exact bytes sent.
 * Not thread-safe: one instance per generating thread.
 */
public final class LineWebhooks {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final char[] CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();

	private final String destination = "U" + hex(16);

	private final Mac signer;

	public LineWebhooks(String channelSecret) {
		try {
			signer = Mac.getInstance("HmacSHA256");
			signer.init(new SecretKeySpec(channelSecret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HmacSHA256 is part of every JDK", ex);
		}
	}

	/** A text from {@code lineUserId}, with a reply token of its own. */
	public WebhookRequest text(String lineUserId, String text) {
		String replyToken = newReplyToken();
		ObjectNode body = JSON.createObjectNode();
		body.put("destination", destination);
		body.putArray("events").add(textEvent(lineUserId, replyToken, text));
		String raw = JSON.writeValueAsString(body);
		String signature = Base64.getEncoder().encodeToString(signer.doFinal(raw.getBytes(StandardCharsets.UTF_8)));
		return new WebhookRequest(lineUserId, replyToken, signature, raw);
	}

	/** One message event as LINE's webhook reference shows it, with a fresh webhook event id. */
	public static ObjectNode textEvent(String lineUserId, String replyToken, String text) {
		ObjectNode event = JSON.createObjectNode();
		event.put("type", "message");
		event.put("mode", "active");
		event.put("timestamp", System.currentTimeMillis());
		event.putObject("source").put("type", "user").put("userId", lineUserId);
		event.put("webhookEventId", webhookEventId());
		event.putObject("deliveryContext").put("isRedelivery", false);
		event.put("replyToken", replyToken);
		event.putObject("message")
			.put("id", Long.toString(ThreadLocalRandom.current().nextLong(100_000_000_000_000_000L, Long.MAX_VALUE)))
			.put("type", "text")
			.put("quoteToken", quoteToken())
			.put("text", text);
		return event;
	}

	/** A user id as LINE writes it: U and 32 hex digits. */
	public static String newLineUserId() {
		return "U" + hex(16);
	}

	/** A reply token of LINE's length: 32 characters. */
	public static String newReplyToken() {
		return hex(16);
	}

	/** LINE's webhook event ids are ULIDs: 48 bits of milliseconds, 80 random bits, in Crockford's base 32. */
	public static String webhookEventId() {
		char[] id = new char[26];
		long millis = System.currentTimeMillis();
		for (int i = 9; i >= 0; i--) {
			id[i] = CROCKFORD[(int) (millis & 31)];
			millis >>>= 5;
		}
		ThreadLocalRandom random = ThreadLocalRandom.current();
		for (int i = 10; i < id.length; i++) {
			id[i] = CROCKFORD[random.nextInt(32)];
		}
		return new String(id);
	}

	private static String quoteToken() {
		byte[] bytes = new byte[48];
		ThreadLocalRandom.current().nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	private static String hex(int bytes) {
		byte[] random = new byte[bytes];
		ThreadLocalRandom.current().nextBytes(random);
		return HexFormat.of().formatHex(random);
	}
}
