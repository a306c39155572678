package dev.tether.persistence.org;

import dev.tether.core.binding.AssignmentMode;
import dev.tether.core.binding.AutoTags;
import dev.tether.core.binding.BindingMessage;
import dev.tether.core.binding.ReplyTexts;
import dev.tether.core.routing.BoundAgentUnavailable;
import org.jspecify.annotations.Nullable;

/** An org and its settings, as the API and the console show them. */
public record OrgView(long id, String name, String timezone, AssignmentMode assignmentMode, AutoTags autoTags,
		@Nullable Long defaultTeamId, ReplyTexts replyTexts, BindingMessage bindingMessage,
		BoundAgentUnavailable boundAgentUnavailable) {

	static OrgView of(Org org) {
		return new OrgView(org.getId(), org.getName(), org.getTimezone(), org.getAssignmentMode(), org.getAutoTags(),
				org.getDefaultTeamId(), org.getReplyTexts(), org.getBindingMessage(), org.getBoundAgentUnavailable());
	}
}
