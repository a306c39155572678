package dev.tether.persistence.contact;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** A conversation as the API and the console show it: where it stands and who holds it. */
public record ConversationView(long id, Conversation.Status status, long contactId, long channelId,
		@Nullable Long agentId, @Nullable Long teamId, @Nullable Instant queuedSince, Instant openedAt,
		@Nullable Instant firstRepliedAt) {

	public static ConversationView of(Conversation conversation) {
		return new ConversationView(conversation.getId(), conversation.getStatus(), conversation.getContactId(),
				conversation.getChannelId(), conversation.getAgentId(), conversation.getTeamId(),
				conversation.getQueuedSince(), conversation.getOpenedAt(), conversation.getFirstRepliedAt());
	}
}
