package dev.tether.api.support;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.jspecify.annotations.Nullable;

/**
 * Plays the LINE platform delivering webhooks to one channel: LINE's body format, signed with
 * the channel secret over the exact bytes sent. Tether answers once it has stored the events and
 * acts on them afterwards; where the test can see the database, a delivery that was acknowledged
 * waits until the channel's events are processed, so what follows sees their effects.
 */
public final class LineWebhook {

	private final TetherClient api;

	private final OrgFixture.ChannelRef channel;

	private final @Nullable InboxSettling settling;

	LineWebhook(TetherClient api, OrgFixture.ChannelRef channel, @Nullable InboxSettling settling) {
		this.api = api;
		this.channel = channel;
		this.settling = settling;
	}

	public TetherClient.Response deliver(Map<?, ?>... events) {
		return deliverRaw(body(events));
	}

	public TetherClient.Response deliverRaw(byte[] body) {
		return deliverSigned(body, signature(channel.secret(), body));
	}

	public TetherClient.Response deliverSigned(byte[] body, String signature) {
		TetherClient.Response answer = api.send("POST", "/line/webhook/" + channel.id(), null,
				"application/json; charset=UTF-8", body, signature == null ? Map.of() : Map.of("X-Line-Signature", signature));
		if (answer.status() == 200 && settling != null) {
			settling.awaitProcessed(channel);
		}
		return answer;
	}

	public static byte[] body(Map<?, ?>... events) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("destination", "U" + hex(32));
		body.put("events", Arrays.asList(events));
		return TetherClient.JSON.writeValueAsBytes(body);
	}

	/** A one-to-one text message, as LINE sends it today: with an event id and a fresh reply token. */
	public static Map<String, Object> text(String lineUserId, String text) {
		Map<String, Object> event = event("message", Map.of("type", "user", "userId", lineUserId));
		event.put("replyToken", replyToken());
		event.put("message", Map.of("id", Long.toString(ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE)),
				"type", "text", "quoteToken", "q" + hex(16), "text", text));
		return event;
	}

	public static Map<String, Object> event(String type, Map<String, Object> source) {
		Map<String, Object> event = new LinkedHashMap<>();
		event.put("type", type);
		event.put("mode", "active");
		event.put("timestamp", System.currentTimeMillis());
		event.put("source", source);
		event.put("webhookEventId", "01" + hex(24).toUpperCase());
		event.put("deliveryContext", Map.of("isRedelivery", false));
		return event;
	}

	public static String replyToken(Map<String, Object> event) {
		return (String) event.get("replyToken");
	}

	public static String aLineUserId() {
		return "U" + hex(32);
	}

	public static String replyToken() {
		return UUID.randomUUID().toString().replace("-", "");
	}

	public static String signature(String secret, byte[] body) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.US_ASCII), "HmacSHA256"));
			return Base64.getEncoder().encodeToString(mac.doFinal(body));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	public static List<String> texts(List<tools.jackson.databind.JsonNode> replies) {
		return replies.stream().map(reply -> reply.path("messages").path(0).path("text").asString()).toList();
	}

	private static String hex(int length) {
		StringBuilder hex = new StringBuilder();
		while (hex.length() < length) {
			hex.append(Long.toHexString(ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE));
		}
		return hex.substring(0, length);
	}
}
