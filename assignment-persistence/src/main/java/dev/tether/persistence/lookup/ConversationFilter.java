package dev.tether.persistence.lookup;

import dev.tether.persistence.contact.Conversation;
import org.jspecify.annotations.Nullable;

/** Which conversations to list; null fields do not filter. */
public record ConversationFilter(Conversation.@Nullable Status status, @Nullable Long agentId, @Nullable Long teamId,
		@Nullable Boolean unassigned) {
}
