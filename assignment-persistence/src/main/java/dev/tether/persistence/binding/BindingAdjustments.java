package dev.tether.persistence.binding;

import java.time.Clock;
import java.time.Instant;

import dev.tether.core.Refusal;
import dev.tether.core.binding.AssignmentMode;
import dev.tether.core.binding.BindOutcome;
import dev.tether.core.binding.BindingPolicy;
import dev.tether.core.binding.BindingTarget;
import dev.tether.core.team.AgentId;
import dev.tether.persistence.channel.ChannelService;
import dev.tether.persistence.contact.Contact;
import dev.tether.persistence.contact.Contacts;
import dev.tether.persistence.log.Assignee;
import dev.tether.persistence.log.AssignmentLogEntry;
import dev.tether.persistence.log.AssignmentRecorder;
import dev.tether.persistence.log.ChangeSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The admin's hand on bindings: in PERMANENT mode only removing a binding lets a contact bind
 * to someone else. The contact's conversation stays with whoever holds it.
 */
@Service
public class BindingAdjustments {

	private final ChannelService channels;

	private final Contacts contacts;

	private final Bindings bindings;

	private final AssignmentRecorder recorder;

	private final Clock clock;

	BindingAdjustments(ChannelService channels, Contacts contacts, Bindings bindings, AssignmentRecorder recorder,
			Clock clock) {
		this.channels = channels;
		this.contacts = contacts;
		this.bindings = bindings;
		this.recorder = recorder;
		this.clock = clock;
	}

	/**
	 * Binds the contact permanently to the agent, as an external system decided: whatever the
	 * org's mode, it replaces any earlier binding. The same binding again changes nothing.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void bindPermanently(Contact contact, long agentId, String actor, Instant at) {
		BindingTarget target = BindingTarget.agent(new AgentId(agentId));
		Binding current = bindings.findById(contact.getId()).orElse(null);
		if (BindingPolicy.imposePermanently(current == null ? null : current.target(),
				current == null ? null : current.getMode(), target) instanceof BindOutcome.AlreadyBound) {
			return;
		}
		Assignee before = current == null ? Assignee.NOBODY : current.assignee();
		if (current == null) {
			bindings.save(new Binding(contact.getId(), contact.getOrgId(), target, AssignmentMode.PERMANENT,
					ChangeSource.API, at));
		}
		else {
			current.rebind(target, AssignmentMode.PERMANENT, ChangeSource.API, at);
		}
		recorder.record(contact.getOrgId(), contact.getId(), null, AssignmentLogEntry.Kind.BINDING, before,
				new Assignee(agentId, null), ChangeSource.API, actor, at);
	}

	@Transactional
	public void unbind(long orgId, long channelId, String lineUserId, String actor) {
		channels.get(orgId, channelId);
		Contact contact = contacts.findByChannelIdAndLineUserId(channelId, lineUserId)
			.orElseThrow(() -> Refusal.notFound("CONTACT_NOT_FOUND", "No contact " + lineUserId + " on this channel"));
		contacts.lock(contact.getId());
		Binding binding = bindings.findById(contact.getId())
			.orElseThrow(() -> Refusal.notFound("BINDING_NOT_FOUND", "Contact " + lineUserId + " is not bound"));
		Instant now = clock.instant();
		bindings.delete(binding);
		recorder.record(orgId, contact.getId(), null, AssignmentLogEntry.Kind.BINDING, binding.assignee(),
				Assignee.NOBODY, ChangeSource.MANUAL, actor, now);
	}
}
