package dev.tether.line.webhook;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import dev.tether.core.Refusal;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reads a webhook body into events, oldest first: LINE may deliver them out of order. */
final class WebhookBody {

	private WebhookBody() {
	}

	static List<ReceivedEvent> parse(JsonMapper json, byte[] body) {
		JsonNode root;
		try {
			root = json.readTree(body);
		}
		catch (JacksonException ex) {
			throw Refusal.invalidInput("MALFORMED_JSON", "The webhook body is not valid JSON");
		}
		if (root == null || !root.isObject() || !root.path("events").isArray()) {
			throw Refusal.invalidInput("VALIDATION_FAILED", "events: a webhook body has an events array");
		}
		List<ReceivedEvent> events = new ArrayList<>();
		for (JsonNode event : root.path("events")) {
			if (!event.isObject()) {
				throw Refusal.invalidInput("VALIDATION_FAILED", "events: every event is an object");
			}
			events.add(read(json, event));
		}
		events.sort(Comparator.comparingLong(ReceivedEvent::timestamp));
		return events;
	}

	private static ReceivedEvent read(JsonMapper json, JsonNode event) {
		JsonNode source = event.path("source");
		JsonNode message = event.path("message");
		String userId = "user".equals(text(source, "type")) ? text(source, "userId") : null;
		String text = "text".equals(text(message, "type")) ? text(message, "text") : null;
		return new ReceivedEvent(textOr(event, "type", "unknown"), text(event, "webhookEventId"),
				event.path("timestamp").asLong(0), "standby".equals(text(event, "mode")), text(event, "replyToken"),
				userId, text, json.writeValueAsString(event));
	}

	private static @Nullable String text(JsonNode node, String field) {
		JsonNode value = node.path(field);
		return value.isString() ? value.stringValue() : null;
	}

	private static String textOr(JsonNode node, String field, String fallback) {
		String value = text(node, field);
		return value == null ? fallback : value;
	}
}
