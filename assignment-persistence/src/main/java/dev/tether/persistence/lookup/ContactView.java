package dev.tether.persistence.lookup;

import java.time.Instant;
import java.util.List;

import dev.tether.core.binding.AssignmentMode;
import dev.tether.persistence.binding.Binding;
import dev.tether.persistence.contact.Contact;
import dev.tether.persistence.contact.ConversationView;
import org.jspecify.annotations.Nullable;

/** A contact as the API shows it: with its binding and its live conversation. */
public record ContactView(long id, String lineUserId, @Nullable String displayName, List<String> tags,
		@Nullable BindingView binding, @Nullable ConversationView conversation) {

	static ContactView of(Contact contact, @Nullable Binding binding, @Nullable ConversationView conversation) {
		return new ContactView(contact.getId(), contact.getLineUserId(), contact.getDisplayName(),
				List.copyOf(contact.getTags()), binding == null ? null
						: new BindingView(binding.getAgentId(), binding.getTeamId(), binding.getMode(), binding.getSince()),
				conversation);
	}

	/** Whom the contact is bound to, how, and since when. */
	public record BindingView(@Nullable Long agentId, @Nullable Long teamId, AssignmentMode mode, Instant since) {
	}
}
