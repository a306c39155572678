package dev.tether.api.contact;

import java.time.Instant;
import java.util.List;

import dev.tether.api.security.Caller;
import dev.tether.api.web.Ids;
import dev.tether.core.access.Role;
import dev.tether.core.binding.AssignmentMode;
import dev.tether.persistence.binding.BindingAdjustments;
import dev.tether.persistence.contact.Conversation;
import dev.tether.persistence.contact.ConversationView;
import dev.tether.persistence.line.LineReply;
import dev.tether.persistence.line.ReplyView;
import dev.tether.persistence.lookup.ContactDirectory;
import dev.tether.persistence.lookup.ContactView.BindingView;
import dev.tether.persistence.lookup.ContactView;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** A contact as an agent or an external system needs to see it: binding, conversation, replies. */
@RestController
class ContactController {

	private final ContactDirectory directory;

	private final BindingAdjustments adjustments;

	ContactController(ContactDirectory directory, BindingAdjustments adjustments) {
		this.directory = directory;
		this.adjustments = adjustments;
	}

	@GetMapping("/api/v1/channels/{channelId}/contacts/{lineUserId}")
	ContactResponse get(Caller.Member caller, @PathVariable long channelId, @PathVariable String lineUserId) {
		return ContactResponse.of(directory.contact(caller.orgId(), channelId, lineUserId));
	}

	/** The delivery state of every reply Tether sent this contact through LINE. */
	@GetMapping("/api/v1/channels/{channelId}/contacts/{lineUserId}/replies")
	List<ReplyResponse> replies(Caller.Member caller, @PathVariable long channelId, @PathVariable String lineUserId) {
		return directory.replies(caller.orgId(), channelId, lineUserId).stream().map(ReplyResponse::of).toList();
	}

	/** The manual adjustment PERMANENT mode asks for: the contact may bind again afterwards. */
	@DeleteMapping("/api/v1/channels/{channelId}/contacts/{lineUserId}/binding")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void unbind(Caller.Member caller, @PathVariable long channelId, @PathVariable String lineUserId) {
		caller.require(Role.OWNER, Role.ADMIN);
		adjustments.unbind(caller.orgId(), channelId, lineUserId, ConversationController.actor(caller));
	}

	record ContactResponse(String id, String lineUserId, @Nullable String displayName, List<String> tags,
			@Nullable BindingResponse binding, @Nullable ConversationResponse conversation) {

		static ContactResponse of(ContactView view) {
			return new ContactResponse(Long.toString(view.id()), view.lineUserId(), view.displayName(), view.tags(),
					BindingResponse.of(view.binding()),
					view.conversation() == null ? null : ConversationResponse.of(view.conversation()));
		}
	}

	record BindingResponse(@Nullable String agentId, @Nullable String teamId, AssignmentMode mode, Instant since) {

		static @Nullable BindingResponse of(@Nullable BindingView binding) {
			return binding == null ? null
					: new BindingResponse(Ids.format(binding.agentId()), Ids.format(binding.teamId()), binding.mode(),
							binding.since());
		}
	}

	record ReplyResponse(String id, String text, LineReply.Status status, int attempts,
			@Nullable Integer lastStatusCode, @Nullable String lastError, Instant createdAt, @Nullable Instant sentAt) {

		static ReplyResponse of(ReplyView reply) {
			return new ReplyResponse(Long.toString(reply.id()), reply.text(), reply.status(), reply.attempts(),
					reply.lastStatusCode(), reply.lastError(), reply.createdAt(), reply.sentAt());
		}
	}

	/** Shared with the conversation list. */
	record ConversationResponse(String id, Conversation.Status status, String contactId, String channelId,
			@Nullable String agentId, @Nullable String teamId, @Nullable Instant queuedSince, Instant openedAt,
			@Nullable Instant firstRepliedAt) {

		static ConversationResponse of(ConversationView conversation) {
			return new ConversationResponse(Long.toString(conversation.id()), conversation.status(),
					Long.toString(conversation.contactId()), Long.toString(conversation.channelId()),
					Ids.format(conversation.agentId()), Ids.format(conversation.teamId()), conversation.queuedSince(),
					conversation.openedAt(), conversation.firstRepliedAt());
		}
	}
}
