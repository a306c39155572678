package dev.tether.persistence.intake;

import java.time.Clock;
import java.time.Instant;

import dev.tether.persistence.binding.BindAttempt;
import dev.tether.persistence.binding.Bindings;
import dev.tether.persistence.binding.ContactBinder;
import dev.tether.persistence.channel.Channel;
import dev.tether.persistence.contact.Contact;
import dev.tether.persistence.contact.Contacts;
import dev.tether.persistence.contact.Conversation;
import dev.tether.persistence.log.ChangeSource;
import dev.tether.persistence.org.Org;
import dev.tether.persistence.org.Orgs;
import dev.tether.persistence.routing.ConversationRouter;
import dev.tether.core.binding.BindingCode;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Takes in a one-to-one message from a contact. Everything runs under the contact's row lock,
 * taken first, so concurrent messages from one contact are handled one at a time.
 */
@Component
public class IncomingMessages {

	private final Orgs orgs;

	private final Contacts contacts;

	private final Bindings bindings;

	private final ContactBinder binder;

	private final ConversationRouter router;

	private final Clock clock;

	IncomingMessages(Orgs orgs, Contacts contacts, Bindings bindings, ContactBinder binder,
			ConversationRouter router, Clock clock) {
		this.orgs = orgs;
		this.contacts = contacts;
		this.bindings = bindings;
		this.binder = binder;
		this.router = router;
		this.clock = clock;
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public Receipt receive(Channel channel, String lineUserId, @Nullable BindingCode code) {
		Instant at = clock.instant();
		Contact contact = lockContact(channel, lineUserId);
		Org org = orgs.findById(channel.getOrgId()).orElseThrow();
		BindAttempt attempt = code == null ? null : binder.bind(org, channel, contact, code, at);
		boolean bound = attempt != null && attempt.outcome().succeeded();
		Conversation conversation = router.ensureOpen(org, contact, bindings.findById(contact.getId()).orElse(null),
				bound ? ChangeSource.QR : ChangeSource.RULE, bound ? "line:" + lineUserId : "rule", at);
		return new Receipt(contact, conversation, attempt);
	}

	/** A contact who follows the account becomes known, with no conversation yet. */
	@Transactional(propagation = Propagation.MANDATORY)
	public Contact know(Channel channel, String lineUserId) {
		return lockContact(channel, lineUserId);
	}

	private Contact lockContact(Channel channel, String lineUserId) {
		long id = contacts.upsertAndLock(channel.getOrgId(), channel.getId(), lineUserId);
		return contacts.findById(id).orElseThrow();
	}
}
