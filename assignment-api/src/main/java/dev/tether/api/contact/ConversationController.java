package dev.tether.api.contact;

import java.time.Instant;
import java.util.List;

import dev.tether.api.contact.ContactController.ConversationResponse;
import dev.tether.api.security.Caller;
import dev.tether.api.web.Ids;
import dev.tether.api.web.PageResponse;
import dev.tether.api.web.Paging;
import dev.tether.core.routing.MoveReason;
import dev.tether.core.routing.RoutingDecision;
import dev.tether.persistence.contact.Conversation;
import dev.tether.persistence.log.Assignee;
import dev.tether.persistence.log.AssignmentHistory;
import dev.tether.persistence.log.ChangeSource;
import dev.tether.persistence.log.HistoryEntry;
import dev.tether.persistence.lookup.ContactDirectory;
import dev.tether.persistence.lookup.ConversationFilter;
import dev.tether.persistence.routing.ManualAssignments;
import dev.tether.persistence.routing.Operator;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Lists an org's conversations: by status, agent, team, or those nobody holds. */
@RestController
class ConversationController {

	private final ContactDirectory directory;

	private final ManualAssignments manual;

	private final AssignmentHistory history;

	ConversationController(ContactDirectory directory, ManualAssignments manual, AssignmentHistory history) {
		this.directory = directory;
		this.manual = manual;
		this.history = history;
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

	@GetMapping("/api/v1/conversations/{id}")
	ConversationResponse get(Caller.Member caller, @PathVariable long id) {
		return ConversationResponse.of(manual.get(caller.orgId(), id));
	}

	/** Who held the conversation and why it moved, oldest first: its assignment log. */
	@GetMapping("/api/v1/conversations/{id}/history")
	List<HistoryLine> history(Caller.Member caller, @PathVariable long id) {
		manual.get(caller.orgId(), id);
		return history.of(caller.orgId(), id).stream().map(HistoryLine::of).toList();
	}

	/**
	 * {@code kind} is {@code ASSIGNEE}; {@code reason} says why a rule moved it on its own
	 * ({@code source: RULE}), else null.
	 */
	record HistoryLine(String id, String kind, Holder from, Holder to, ChangeSource source,
			String actor, @Nullable MoveReason reason, Instant at) {

		static HistoryLine of(HistoryEntry entry) {
			return new HistoryLine(Long.toString(entry.id()), entry.kind().name(), Holder.of(entry.from()), Holder.of(entry.to()),
					entry.source(), entry.actor(), entry.reason(), entry.at());
		}
	}

	record Holder(@Nullable String agentId, @Nullable String teamId) {

		static Holder of(Assignee assignee) {
			return new Holder(Ids.format(assignee.agentId()), Ids.format(assignee.teamId()));
		}
	}

	/** To an agent directly, or to a team whose strategy picks a member or queues it. */
	@PostMapping("/api/v1/conversations/{id}/assign")
	ResponseEntity<AssignmentResponse> assign(Caller.Member caller, @PathVariable long id,
			@RequestBody AssignTo body) {
		Long agentId = Ids.parse(body.agentId(), "AGENT_NOT_FOUND", "agent");
		Long teamId = Ids.parse(body.teamId(), "TEAM_NOT_FOUND", "team");
		RoutingDecision decision = manual.assign(caller.orgId(), id, agentId, teamId, operator(caller));
		ConversationResponse conversation = ConversationResponse.of(manual.get(caller.orgId(), id));
		boolean queued = decision instanceof RoutingDecision.Queued;
		return ResponseEntity.status(queued ? HttpStatus.ACCEPTED : HttpStatus.OK)
			.body(new AssignmentResponse(queued ? "QUEUED" : "ASSIGNED", conversation));
	}

	@PostMapping("/api/v1/conversations/{id}/unassign")
	ConversationResponse unassign(Caller.Member caller, @PathVariable long id) {
		return ConversationResponse.of(manual.unassign(caller.orgId(), id, operator(caller)));
	}

	@PostMapping("/api/v1/conversations/{id}/close")
	ConversationResponse close(Caller.Member caller, @PathVariable long id) {
		return ConversationResponse.of(manual.close(caller.orgId(), id, operator(caller)));
	}

	/** The holder has answered: an inbox or a CRM calls this when the agent sends a message. */
	@PostMapping("/api/v1/conversations/{id}/replied")
	FirstReply replied(Caller.Member caller, @PathVariable long id) {
		return new FirstReply(manual.replied(caller.orgId(), id, operator(caller)));
	}

	private static Operator operator(Caller.Member caller) {
		return new Operator(caller.role(), caller.agentId(), actor(caller));
	}

	static String actor(Caller.Member caller) {
		return caller.agentId() != null ? "agent:" + caller.agentId() : "token:" + caller.tokenId();
	}

	record AssignTo(@Nullable String agentId, @Nullable String teamId) {
	}

	/** When the holder first answered; the same on every call for this holder. */
	record FirstReply(Instant firstRepliedAt) {
	}

	/** {@code status} is ASSIGNED, or QUEUED (202) when nobody in the team may take it yet. */
	record AssignmentResponse(String status, ConversationResponse conversation) {
	}
}
