package dev.tether.persistence.lookup;

import java.util.ArrayList;
import java.util.List;

import dev.tether.core.Refusal;
import dev.tether.persistence.binding.Bindings;
import dev.tether.persistence.channel.ChannelService;
import dev.tether.persistence.contact.Contact;
import dev.tether.persistence.contact.Contacts;
import dev.tether.persistence.contact.Conversation;
import dev.tether.persistence.contact.ConversationView;
import dev.tether.persistence.contact.Conversations;
import dev.tether.persistence.line.ReplyOutbox;
import dev.tether.persistence.line.ReplyView;
import jakarta.persistence.criteria.Predicate;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Looks up contacts and conversations for the API, always within one org. */
@Service
public class ContactDirectory {

	private final ChannelService channels;

	private final Contacts contacts;

	private final Bindings bindings;

	private final Conversations conversations;

	private final ReplyOutbox replies;

	ContactDirectory(ChannelService channels, Contacts contacts, Bindings bindings, Conversations conversations,
			ReplyOutbox replies) {
		this.channels = channels;
		this.contacts = contacts;
		this.bindings = bindings;
		this.conversations = conversations;
		this.replies = replies;
	}

	@Transactional(readOnly = true)
	public ContactView contact(long orgId, long channelId, String lineUserId) {
		Contact contact = find(orgId, channelId, lineUserId);
		return ContactView.of(contact, bindings.findById(contact.getId()).orElse(null),
				conversations.findLive(contact.getId()).map(ConversationView::of).orElse(null));
	}

	@Transactional(readOnly = true)
	public List<ReplyView> replies(long orgId, long channelId, String lineUserId) {
		return replies.forContact(find(orgId, channelId, lineUserId).getId());
	}

	@Transactional(readOnly = true)
	public Page<ConversationView> conversations(long orgId, ConversationFilter filter, Pageable page) {
		Specification<Conversation> spec = (root, query, cb) -> {
			List<Predicate> where = new ArrayList<>();
			where.add(cb.equal(root.get("orgId"), orgId));
			if (filter.status() != null) {
				where.add(cb.equal(root.get("status"), filter.status()));
			}
			if (filter.agentId() != null) {
				where.add(cb.equal(root.get("agentId"), filter.agentId()));
			}
			if (filter.teamId() != null) {
				where.add(cb.equal(root.get("teamId"), filter.teamId()));
			}
			if (Boolean.TRUE.equals(filter.unassigned())) {
				where.add(cb.isNull(root.get("agentId")));
				where.add(cb.notEqual(root.get("status"), Conversation.Status.CLOSED));
			}
			return cb.and(where.toArray(Predicate[]::new));
		};
		return conversations.findAll(spec, page).map(ConversationView::of);
	}

	private Contact find(long orgId, long channelId, String lineUserId) {
		channels.get(orgId, channelId);
		return contacts.findByChannelIdAndLineUserId(channelId, lineUserId)
			.orElseThrow(() -> Refusal.notFound("CONTACT_NOT_FOUND", "No contact " + lineUserId + " on this channel"));
	}
}
