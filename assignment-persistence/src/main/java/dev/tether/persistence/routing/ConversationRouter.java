package dev.tether.persistence.routing;

import java.time.Instant;

import dev.tether.core.binding.BindingTarget;
import dev.tether.persistence.binding.Binding;
import dev.tether.persistence.contact.Contact;
import dev.tether.persistence.contact.Conversation;
import dev.tether.persistence.contact.Conversations;
import dev.tether.persistence.log.Assignee;
import dev.tether.persistence.log.AssignmentLogEntry;
import dev.tether.persistence.log.AssignmentRecorder;
import dev.tether.persistence.log.ChangeSource;
import dev.tether.persistence.team.Agents;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opens conversations and hands them to whom a binding names. Callers hold the contact's row
 * lock, so a contact never has two live conversations nor two assignees.
 */
@Component
public class ConversationRouter {

	private final Conversations conversations;

	private final Agents agents;

	private final AssignmentRecorder recorder;

	ConversationRouter(Conversations conversations, Agents agents, AssignmentRecorder recorder) {
		this.conversations = conversations;
		this.agents = agents;
		this.recorder = recorder;
	}

	/** The contact's live conversation, opened and routed by its binding if there was none. */
	@Transactional(propagation = Propagation.MANDATORY)
	public Conversation ensureOpen(Contact contact, @Nullable Binding binding, ChangeSource source, String actor,
			Instant at) {
		return conversations.findLive(contact.getId()).orElseGet(() -> {
			Conversation opened = conversations.save(new Conversation(contact, at));
			if (binding != null) {
				handTo(opened, binding.target(), source, actor, at);
			}
			return opened;
		});
	}

	/**
	 * Gives the conversation to the target: its agent when that agent still works here, otherwise
	 * the target's team queue, where the team's strategy picks a member.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void handTo(Conversation conversation, BindingTarget target, ChangeSource source, String actor,
			Instant at) {
		Assignee before = new Assignee(conversation.getAgentId(), conversation.getTeamId());
		Long team = target.team() == null ? null : target.team().value();
		boolean agentWorks = target.agent() != null
				&& agents.findById(target.agent().value()).map(agent -> agent.isActive()).orElse(false);
		if (agentWorks) {
			conversation.assignTo(target.agent().value(), team);
		}
		else if (team != null) {
			conversation.queueIn(team, at);
		}
		else {
			return;
		}
		recorder.record(conversation.getOrgId(), conversation.getContactId(), conversation.getId(),
				AssignmentLogEntry.Kind.ASSIGNEE, before, new Assignee(conversation.getAgentId(), team), source,
				actor, at);
	}
}
