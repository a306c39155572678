package dev.tether.core.contact;

import java.util.List;

import dev.tether.core.binding.AutoTags;
import dev.tether.core.binding.BindOutcome.InvalidCode;
import dev.tether.core.binding.BindOutcome;
import dev.tether.core.binding.BindingPolicy;
import dev.tether.core.binding.BindingTarget;
import dev.tether.core.binding.CodeCheck;
import dev.tether.core.binding.TargetState;
import dev.tether.core.contact.Receipt.ConversationPlan;
import dev.tether.core.contact.Receipt.Keep;
import dev.tether.core.contact.Receipt.Move;
import dev.tether.core.contact.Receipt.Open;
import dev.tether.core.contact.Receipt.Rebinding;
import dev.tether.core.contact.Receipt.Tagging;
import dev.tether.core.routing.BoundAgentUnavailable;
import dev.tether.core.routing.MoveReason;
import dev.tether.core.routing.Placement;
import dev.tether.core.team.TeamId;
import org.jspecify.annotations.Nullable;

/**
 * What a one-to-one message from a contact does. A code in it is judged and, if valid, binds the
 * contact under the org's mode (moving a live conversation to the new target) and applies the
 * target's auto tags; the contact's conversation is opened if it has none, or placed again if its
 * time in a queue ran out. The caller holds the contact's lock, so messages of one contact are
 * decided one after the other.
 */
public final class ReceiveMessage {

	private ReceiveMessage() {
	}

	public static Receipt receive(MessageContext context) {
		CodeAttempt attempt = context.attempt();
		if (attempt == null) {
			return new Receipt(null, null, null, null, withoutNewBinding(context));
		}
		InvalidCode invalid = CodeCheck.whyInvalid(attempt.code(), attempt.signer(), attempt.channelId(),
				attempt.issued(), attempt.target());
		if (invalid != null) {
			BindOutcome outcome = new BindOutcome.Invalid(invalid);
			return new Receipt(outcome, context.replyTexts().forOutcome(outcome, ""), null, null, withoutNewBinding(context));
		}
		TargetState requested = attempt.target();
		TargetState current = context.binding();
		BindOutcome outcome = new BindingPolicy(context.mode()).bind(current == null ? null : current.target(),
				requested.target());
		if (outcome instanceof BindOutcome.Conflict) {
			return new Receipt(outcome, context.replyTexts().forOutcome(outcome, current.name()), null, null,
					withoutNewBinding(context));
		}
		String reply = context.replyTexts().forOutcome(outcome, requested.name());
		if (outcome instanceof BindOutcome.AlreadyBound) {
			return new Receipt(outcome, reply, null, null, withoutNewBinding(context));
		}
		Placement placement = Placement.forBinding(requested.target(), requested.agentActive());
		ConversationPlan plan = context.live() == LiveConversation.NONE ? new Open(placement) : new Move(placement);
		return new Receipt(outcome, reply, new Rebinding(requested.target(), current == null ? null : current.target()),
				tagging(context, requested), plan);
	}

	/** The conversation when no new binding moves it: opened or placed again by the binding as it stands. */
	private static ConversationPlan withoutNewBinding(MessageContext context) {
		if (context.live() == LiveConversation.OPEN) {
			return new Keep();
		}
		TargetState binding = context.binding();
		if (binding != null && binding.target().agent() != null && !binding.agentAvailable()
				&& context.boundAgentUnavailable() == BoundAgentUnavailable.TEAM) {
			// The binding stays; while its agent is away, its team (else the default team) takes the conversation.
			TeamId team = binding.target().team() != null ? binding.target().team() : context.defaultTeam();
			return new Open(team == null ? new Placement.Nowhere()
					: new Placement.ToTeam(team, MoveReason.BOUND_AGENT_UNAVAILABLE));
		}
		BindingTarget target = binding == null ? null : binding.target();
		return new Open(Placement.forNewConversation(target, binding != null && binding.agentActive(),
				context.defaultTeam()));
	}

	private static @Nullable Tagging tagging(MessageContext context, TargetState target) {
		AutoTags tags = AutoTags.forBinding(target.agentTags(), target.teamTags(), context.orgTags());
		if (tags.tags().isEmpty()) {
			return null;
		}
		List<String> added = tags.missingFrom(context.contactTags());
		return new Tagging(tags, added);
	}
}
