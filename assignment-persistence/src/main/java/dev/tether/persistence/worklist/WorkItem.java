package dev.tether.persistence.worklist;

import java.time.Instant;

import dev.tether.persistence.contact.Conversation;
import org.jspecify.annotations.Nullable;

/**
 * One live conversation as a person sees it in a list: who wrote, on which LINE account, in
 * which team, and since when it has been waiting or held.
 */
public record WorkItem(long conversationId, Conversation.Status status, String contact, String channelName,
		@Nullable Long teamId, @Nullable String teamName, Instant openedAt, @Nullable Instant queuedSince,
		@Nullable Instant assignedAt) {
}
