package dev.tether.line.webhook;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import dev.tether.core.Refusal;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a webhook body into events, oldest first: LINE may deliver them out of order. Each event
 * keeps its own bytes exactly as LINE sent them, cut from the body, to be stored and forwarded.
 */
final class WebhookBody {

	/** More than LINE puts in one webhook by far; a body with more is refused whole, and nothing stored. */
	static final int MAX_EVENTS = 1000;

	/**
	 * LINE's ids and types are a few dozen characters. A longer value, or one holding U+0000 (which
	 * PostgreSQL cannot store), did not come from LINE and names nothing Tether knows.
	 */
	private static final int MAX_ID_LENGTH = 100;

	private WebhookBody() {
	}

	/**
	 * What {@link #parse} reads each event with: made once, where a mapper would look up how to
	 * read a tree for every event. An event is read in the middle of its body, so what follows it is
	 * no trailing garbage.
	 */
	static ObjectReader trees(JsonMapper json) {
		return json.readerFor(JsonNode.class).without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
	}

	static List<ReceivedEvent> parse(ObjectReader trees, byte[] body) {
		try (JsonParser parser = trees.createParser(body)) {
			if (parser.nextToken() != JsonToken.START_OBJECT) {
				throw noEventsArray();
			}
			List<ReceivedEvent> events = null;
			while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
				String name = parser.currentName();
				JsonToken value = parser.nextToken();
				if ("events".equals(name) && events == null) {
					if (value != JsonToken.START_ARRAY) {
						throw noEventsArray();
					}
					events = events(trees, parser, body);
				}
				else {
					parser.skipChildren();
				}
			}
			if (parser.nextToken() != null) {
				throw malformed();
			}
			if (events == null) {
				throw noEventsArray();
			}
			events.sort(Comparator.comparingLong(ReceivedEvent::timestamp));
			return events;
		}
		catch (JacksonException ex) {
			throw malformed();
		}
	}

	private static List<ReceivedEvent> events(ObjectReader trees, JsonParser parser, byte[] body) {
		List<ReceivedEvent> events = new ArrayList<>();
		while (parser.nextToken() != JsonToken.END_ARRAY) {
			if (parser.currentToken() != JsonToken.START_OBJECT) {
				throw Refusal.invalidInput("VALIDATION_FAILED", "events: every event is an object");
			}
			if (events.size() == MAX_EVENTS) {
				throw Refusal.tooLarge("TOO_MANY_EVENTS", "events: a webhook carries at most " + MAX_EVENTS + " events");
			}
			int start = (int) parser.currentTokenLocation().getByteOffset();
			JsonNode event = trees.readValue(parser);
			int end = (int) parser.currentTokenLocation().getByteOffset() + 1;
			events.add(read(event, new String(body, start, end - start, StandardCharsets.UTF_8)));
		}
		return events;
	}

	private static ReceivedEvent read(JsonNode event, String raw) {
		JsonNode source = event.path("source");
		JsonNode message = event.path("message");
		List<String> unusable = new ArrayList<>();
		String type = textOr(event, "type", "unknown");
		if (!plausible(type)) {
			unusable.add("type");
			type = storable(type);
		}
		String webhookEventId = text(event, "webhookEventId");
		if (webhookEventId != null && !plausible(webhookEventId)) {
			unusable.add("webhookEventId");
			webhookEventId = null;
		}
		String userId = "user".equals(text(source, "type")) ? text(source, "userId") : null;
		if (userId != null && !plausible(userId)) {
			unusable.add("source.userId");
			userId = null;
		}
		String replyToken = text(event, "replyToken");
		if (replyToken != null && !plausible(replyToken)) {
			unusable.add("replyToken");
			replyToken = null;
		}
		String text = "text".equals(text(message, "type")) ? text(message, "text") : null;
		if (text != null && text.indexOf('\u0000') >= 0) {
			unusable.add("message.text");
			text = null;
		}
		return new ReceivedEvent(type, webhookEventId, event.path("timestamp").asLong(0),
				"standby".equals(text(event, "mode")), replyToken, userId, text, raw,
				unusable.isEmpty() ? null
						: String.join(", ", unusable) + " cannot be a LINE value (over " + MAX_ID_LENGTH
								+ " characters, or holding U+0000)");
	}

	private static boolean plausible(String value) {
		return value.length() <= MAX_ID_LENGTH && value.indexOf('\u0000') < 0;
	}

	/** What of an implausible type can be kept: without NULs, cut to length. */
	private static String storable(String type) {
		String kept = type.replace("\u0000", "");
		return kept.substring(0, Math.min(kept.length(), MAX_ID_LENGTH));
	}

	private static @Nullable String text(JsonNode node, String field) {
		JsonNode value = node.path(field);
		return value.isString() ? value.stringValue() : null;
	}

	private static String textOr(JsonNode node, String field, String fallback) {
		String value = text(node, field);
		return value == null ? fallback : value;
	}

	private static Refusal malformed() {
		return Refusal.invalidInput("MALFORMED_JSON", "The webhook body is not valid JSON");
	}

	private static Refusal noEventsArray() {
		return Refusal.invalidInput("VALIDATION_FAILED", "events: a webhook body has an events array");
	}
}
