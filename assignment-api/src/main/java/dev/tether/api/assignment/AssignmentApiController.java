package dev.tether.api.assignment;

import java.time.Duration;

import dev.tether.api.security.Caller;
import dev.tether.api.web.Ids;
import dev.tether.core.access.Role;
import dev.tether.core.routing.Strategy;
import dev.tether.persistence.assignment.AssignmentRequest;
import dev.tether.persistence.assignment.AssignmentResult;
import dev.tether.persistence.assignment.ExternalAssignments;
import dev.tether.persistence.contact.ConversationView;
import dev.tether.persistence.team.TeamDetails;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * External Individual Assign and External Manual Assign, for INTEGRATION tokens (owners and
 * admins may call them too). An agent is named by id, email or external code; a team by id or code,
 * each as an object that says which, or as a bare string that must not match two.
 */
@RestController
class AssignmentApiController {

	private final ExternalAssignments assignments;

	AssignmentApiController(ExternalAssignments assignments) {
		this.assignments = assignments;
	}

	@PostMapping("/api/v1/assignments/individual")
	AssignmentResponse individual(Caller.Member caller, @Valid @RequestBody IndividualAssign body) {
		caller.require(Role.INTEGRATION, Role.OWNER, Role.ADMIN);
		return AssignmentResponse.of(assignments.individual(caller.orgId(), channel(body.channelId()),
				body.lineUserId().strip(), body.agent().reference(), actor(caller)));
	}

	/** {@code 200} ASSIGNED or UNASSIGNED, {@code 202} QUEUED when no member may take it yet. */
	@PostMapping("/api/v1/assignments/manual")
	ResponseEntity<AssignmentResponse> manual(Caller.Member caller, @Valid @RequestBody ManualAssign body) {
		caller.require(Role.INTEGRATION, Role.OWNER, Role.ADMIN);
		Rule rule = body.rule();
		AssignmentRequest request = new AssignmentRequest(channel(body.channelId()), body.lineUserId().strip(),
				body.team() == null ? null : body.team().reference(),
				body.agent() == null ? null : body.agent().reference(), Boolean.TRUE.equals(body.anyAgent()),
				Boolean.TRUE.equals(body.unassign()),
				rule == null ? null
						: new AssignmentRequest.RuleOverride(rule.strategy(), rule.onlineOnly(), rule.maxOpenContacts(),
								rule.queueTimeoutSeconds() == null ? null
										: Duration.ofSeconds(rule.queueTimeoutSeconds())));
		AssignmentResponse answer = AssignmentResponse.of(assignments.manual(caller.orgId(), request, actor(caller)));
		return ResponseEntity.status(answer.status() == AssignmentResult.Status.QUEUED ? HttpStatus.ACCEPTED : HttpStatus.OK)
			.body(answer);
	}

	private static long channel(String channelId) {
		return Ids.parse(channelId, "CHANNEL_NOT_FOUND", "channel");
	}

	private static String actor(Caller.Member caller) {
		return caller.role().name().toLowerCase() + ":token:" + caller.tokenId();
	}

	record IndividualAssign(@NotBlank String channelId, @NotBlank @Size(max = 100) String lineUserId,
			@NotNull AgentRef agent) {
	}

	record ManualAssign(@NotBlank String channelId, @NotBlank @Size(max = 100) String lineUserId,
			@Nullable TeamRef team, @Nullable AgentRef agent, @Nullable Boolean anyAgent,
			@Nullable @Valid Rule rule, @Nullable Boolean unassign) {
	}

	/** Overrides the team's rule for one request; absent fields keep the team's own. */
	record Rule(@Nullable Strategy strategy, @Nullable Boolean onlineOnly, @Nullable @Min(0) Integer maxOpenContacts,
			@Nullable @Min(1) @Max(TeamDetails.MAX_QUEUE_TIMEOUT_SECONDS) Integer queueTimeoutSeconds) {
	}

	record AssignmentResponse(AssignmentResult.Status status, String conversationId, @Nullable String agentId,
			@Nullable String teamId) {

		static AssignmentResponse of(AssignmentResult result) {
			ConversationView conversation = result.conversation();
			return new AssignmentResponse(result.status(), Long.toString(conversation.id()),
					Ids.format(conversation.agentId()), Ids.format(conversation.teamId()));
		}
	}
}
