package dev.tether.persistence.inbox;

import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * One LINE webhook event as the intake stores it: its JSON as it came, and what it asks of Tether,
 * read once. An event with a {@code skipReason} is kept for the record and never acted on.
 *
 * @param channelId the channel whose webhook received it
 * @param webhookEventId LINE's id for the event, by which a redelivery is recognised
 * @param type LINE's event type
 * @param payload the event's JSON, byte for byte as LINE sent it
 * @param timestamp LINE's timestamp (milliseconds), by which one contact's events are applied
 * @param action what the event asks of a contact, if anything
 * @param lineUserId the one-to-one chat's user an action is for
 * @param text a text message's text
 * @param replyToken the token a reply to the event must carry
 * @param skipReason why the event can never be acted on, if it cannot
 */
public record InboxEvent(long channelId, @Nullable String webhookEventId, String type, String payload, long timestamp,
		@Nullable Action action, @Nullable String lineUserId, @Nullable String text, @Nullable String replyToken,
		@Nullable String skipReason) {

	/** What an event asks of the contact of a one-to-one chat. */
	public enum Action {
		/** The user added the account as a friend: the contact becomes known. */
		FOLLOW,
		/** The user wrote: a conversation opens, and a code in the text binds. */
		TEXT
	}

	public InboxEvent {
		Objects.requireNonNull(type, "type");
		Objects.requireNonNull(payload, "payload");
		if (action != null && lineUserId == null) {
			throw new IllegalArgumentException("an action is for a chat's user");
		}
	}
}
