package dev.tether.line.webhook;

import org.jspecify.annotations.Nullable;

/**
 * The parts of a LINE webhook event Tether acts on, with the event's JSON as it came. Unknown
 * types and fields are carried, not rejected. An event with a {@code skipReason} holds a value
 * LINE never sends and Tether could never act on: it is stored, and skipped.
 */
record ReceivedEvent(String type, @Nullable String webhookEventId, long timestamp, boolean standby,
		@Nullable String replyToken, @Nullable String oneToOneUserId, @Nullable String text, String json,
		@Nullable String skipReason) {

	boolean isTextMessage() {
		return "message".equals(type) && text != null;
	}

	boolean fromOneToOneChat() {
		return oneToOneUserId != null;
	}
}
