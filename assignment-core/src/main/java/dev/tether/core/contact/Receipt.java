package dev.tether.core.contact;

import java.util.List;

import dev.tether.core.binding.AutoTags;
import dev.tether.core.binding.BindOutcome;
import dev.tether.core.binding.BindingTarget;
import dev.tether.core.routing.Placement;
import org.jspecify.annotations.Nullable;

/**
 * What a contact's message does.
 *
 * @param outcome how the binding attempt ended, when the message carried a code
 * @param reply the text the contact is answered with, when the message carried a code
 * @param binding the binding this message made or replaced, when it bound the contact anew
 * @param tags the auto tags the new binding applies, when it bound the contact and there are any
 * @param conversation what happens to the contact's conversation
 */
public record Receipt(@Nullable BindOutcome outcome, @Nullable String reply, @Nullable Rebinding binding,
		@Nullable Tagging tags, ConversationPlan conversation) {

	/** A code bound the contact (or found it bound to the same target): changes are the code's doing. */
	public boolean byCode() {
		return outcome != null && outcome.succeeded();
	}

	/** The contact is now bound to {@code to}; {@code from} is the binding it replaced, if any. */
	public record Rebinding(BindingTarget to, @Nullable BindingTarget from) {
	}

	/** The binding's auto tags, and those of them the contact did not have yet. */
	public record Tagging(AutoTags applied, List<String> added) {
	}

	/** What becomes of the contact's conversation. */
	public sealed interface ConversationPlan {
	}

	/** It stays where it is. */
	public record Keep() implements ConversationPlan {
	}

	/** The live conversation goes where the new binding says. */
	public record Move(Placement placement) implements ConversationPlan {
	}

	/** A conversation is opened (or a timed-out one taken up again) and placed. */
	public record Open(Placement placement) implements ConversationPlan {
	}
}
