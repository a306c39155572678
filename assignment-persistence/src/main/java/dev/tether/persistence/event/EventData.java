package dev.tether.persistence.event;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonRawValue;
import org.jspecify.annotations.Nullable;

/**
 * What an outbound event says: each record is the {@code data} of one {@link EventType}, written
 * by the application's JSON mapper. Ids are strings, as everywhere in the API.
 */
public sealed interface EventData {

	EventType type();

	/**
	 * A contact's binding or a conversation's assignee moved from one holder to another; a move a
	 * rule made on its own says why ({@code reason}, left out otherwise).
	 */
	record AssignmentChanged(String contactId, @Nullable String conversationId, String kind, Holder from, Holder to,
			String source, String actor, @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable String reason)
			implements EventData {

		@Override
		public EventType type() {
			return EventType.ASSIGNMENT_CHANGED;
		}

		/** An agent, a team, both (an agent within a team) or nobody. */
		public record Holder(@Nullable String agentId, @Nullable String teamId) {
		}
	}

	/** Tags were applied to a contact on binding; {@code added} are those it did not carry yet. */
	record ContactTagged(String contactId, String channelId, String lineUserId, List<String> tags,
			List<String> added) implements EventData {

		@Override
		public EventType type() {
			return EventType.CONTACT_TAGGED;
		}
	}

	/** A conversation waited in its team's queue for the team's whole timeout and was left unassigned. */
	record QueueTimedOut(String conversationId, String contactId, @Nullable String teamId,
			@Nullable Instant queuedSince) implements EventData {

		@Override
		public EventType type() {
			return EventType.QUEUE_TIMED_OUT;
		}
	}

	/** Webhook Forward: one LINE webhook event, its bytes exactly as LINE sent them. */
	record LineEventReceived(String channelId, @JsonRawValue String event) implements EventData {

		@Override
		public EventType type() {
			return EventType.LINE_EVENT;
		}
	}
}
