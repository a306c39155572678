package dev.tether.line.webhook;

import dev.tether.persistence.inbox.InboxEvent;
import dev.tether.persistence.inbox.InboxEvent.Action;
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

	/**
	 * The event as the inbox stores it. Only active one-to-one chats act on a contact: a follow
	 * makes it known, a text opens its conversation and may bind it; standby events and group or
	 * room chats are only recorded and forwarded.
	 */
	InboxEvent toInbox(long channelId) {
		Action action = null;
		if (skipReason == null && !standby && fromOneToOneChat()) {
			action = "follow".equals(type) ? Action.FOLLOW : isTextMessage() ? Action.TEXT : null;
		}
		boolean text = action == Action.TEXT;
		return new InboxEvent(channelId, webhookEventId, type, json, timestamp, action,
				action == null ? null : oneToOneUserId, text ? this.text : null, text ? replyToken : null, skipReason);
	}
}
