package dev.tether.persistence.binding;

import java.time.Clock;
import java.time.Instant;

import dev.tether.core.Refusal;
import dev.tether.persistence.channel.ChannelService;
import dev.tether.persistence.contact.Contact;
import dev.tether.persistence.contact.Contacts;
import dev.tether.persistence.log.Assignee;
import dev.tether.persistence.log.AssignmentLogEntry;
import dev.tether.persistence.log.AssignmentRecorder;
import dev.tether.persistence.log.ChangeSource;
import org.springframework.stereotype.Service;
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
