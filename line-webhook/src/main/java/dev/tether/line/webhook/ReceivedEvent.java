package dev.tether.line.webhook;

import org.jspecify.annotations.Nullable;

/**
 * The parts of a LINE webhook event Tether acts on, with the event's JSON as it came. Unknown
 * types and fields are carried, not rejected.
 */
record ReceivedEvent(String type, @Nullable String webhookEventId, long timestamp, boolean standby,
		@Nullable String replyToken, @Nullable String oneToOneUserId, @Nullable String text, String json) {

	boolean isTextMessage() {
		return "message".equals(type) && text != null;
	}

	boolean fromOneToOneChat() {
		return oneToOneUserId != null;
	}
}
