package dev.tether.api.contact;

import dev.tether.api.contact.ContactController.ConversationResponse;
import dev.tether.api.security.Caller;
import dev.tether.api.web.PageResponse;
import dev.tether.api.web.Paging;
import dev.tether.persistence.contact.Conversation;
import dev.tether.persistence.lookup.ContactDirectory;
import dev.tether.persistence.lookup.ConversationFilter;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Sort;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Lists an org's conversations: by status, agent, team, or those nobody holds. */
@RestController
class ConversationController {

	private final ContactDirectory directory;

	ConversationController(ContactDirectory directory) {
		this.directory = directory;
	}

	@GetMapping("/api/v1/conversations")
	PageResponse<ConversationResponse> list(Caller.Member caller,
			@RequestParam(required = false) Conversation.@Nullable Status status,
			@RequestParam(required = false) @Nullable Long agentId,
			@RequestParam(required = false) @Nullable Long teamId,
			@RequestParam(required = false) @Nullable Boolean unassigned, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "100") int size) {
		return PageResponse.of(directory.conversations(caller.orgId(),
				new ConversationFilter(status, agentId, teamId, unassigned), Paging.of(page, size, Sort.by("id"))),
				ConversationResponse::of);
	}
}
