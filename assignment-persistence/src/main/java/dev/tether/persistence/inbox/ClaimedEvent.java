package dev.tether.persistence.inbox;

import java.time.Instant;

import dev.tether.core.binding.BindingCode;
import dev.tether.persistence.inbox.InboxEvent.Action;
import org.jspecify.annotations.Nullable;

/**
 * A stored event a worker holds: what intake read from it, and when it arrived. Of a text, only the
 * binding code it carries matters here; it is found once, when the event is claimed.
 */
record ClaimedEvent(long id, long channelId, String type, String payload, Instant receivedAt, long timestamp,
		@Nullable Action action, @Nullable String lineUserId, @Nullable BindingCode code, @Nullable String replyToken) {

	/** The one-to-one chat whose contact this event acts on; its events are applied one at a time. */
	@Nullable
	Lane lane() {
		return action == null ? null : new Lane(channelId, lineUserId);
	}

	/** A contact's place in the inbox: its channel and LINE user. */
	record Lane(long channelId, String lineUserId) {
	}
}
