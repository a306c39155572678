package dev.tether.core.contact;

import java.util.List;
import java.util.Objects;

import dev.tether.core.binding.AssignmentMode;
import dev.tether.core.binding.AutoTags;
import dev.tether.core.binding.ReplyTexts;
import dev.tether.core.binding.TargetState;
import dev.tether.core.routing.BoundAgentUnavailable;
import dev.tether.core.team.TeamId;
import org.jspecify.annotations.Nullable;

/**
 * Everything a contact's message is decided on, read under the contact's lock.
 *
 * @param mode the org's assignment mode
 * @param orgTags the org's auto tags
 * @param defaultTeam the org's default team, which takes new conversations of contacts bound to nobody
 * @param contactTags the tags the contact has
 * @param binding the contact's binding as it stands, if it has one
 * @param live the contact's live conversation
 * @param attempt the binding code the message carries, if any
 * @param replyTexts what the org has a contact read after sending a code
 * @param boundAgentUnavailable where the org sends a bound contact's new conversation while their agent is away
 */
public record MessageContext(AssignmentMode mode, AutoTags orgTags, @Nullable TeamId defaultTeam,
		List<String> contactTags, @Nullable TargetState binding, LiveConversation live,
		@Nullable CodeAttempt attempt, ReplyTexts replyTexts, BoundAgentUnavailable boundAgentUnavailable) {

	public MessageContext {
		Objects.requireNonNull(boundAgentUnavailable, "boundAgentUnavailable");
		Objects.requireNonNull(mode, "mode");
		Objects.requireNonNull(replyTexts, "replyTexts");
		Objects.requireNonNull(orgTags, "orgTags");
		contactTags = List.copyOf(contactTags);
		Objects.requireNonNull(live, "live");
	}
}
