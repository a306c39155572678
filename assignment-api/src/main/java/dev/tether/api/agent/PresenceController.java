package dev.tether.api.agent;

import java.time.Instant;

import dev.tether.api.security.Caller;
import dev.tether.core.Refusal;
import dev.tether.core.access.Role;
import dev.tether.core.presence.PresenceStatus;
import dev.tether.persistence.team.AgentView;
import dev.tether.persistence.team.PresenceService;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Presence: agents say whether they can take work, and heartbeats keep them online. */
@RestController
class PresenceController {

	private final PresenceService presence;

	PresenceController(PresenceService presence) {
		this.presence = presence;
	}

	@PutMapping("/api/v1/agents/{id}/presence")
	PresenceResponse declare(Caller.Member caller, @PathVariable long id, @Valid @RequestBody Declaration body) {
		requireSelfOrAdmin(caller, id);
		return respond(presence.declare(caller.orgId(), id, body.status()));
	}

	@PostMapping("/api/v1/agents/{id}/heartbeat")
	PresenceResponse heartbeat(Caller.Member caller, @PathVariable long id) {
		requireSelfOrAdmin(caller, id);
		return respond(presence.heartbeat(caller.orgId(), id));
	}

	private static void requireSelfOrAdmin(Caller.Member caller, long agentId) {
		if (caller.role().managesOrg()) {
			return;
		}
		if (caller.is(Role.AGENT, Role.MANAGER) && Long.valueOf(agentId).equals(caller.agentId())) {
			return;
		}
		throw Refusal.forbidden("Only owners, admins and the agent themselves set an agent's presence");
	}

	private PresenceResponse respond(AgentView agent) {
		return new PresenceResponse(Long.toString(agent.id()), presence.effective(agent), agent.declaredPresence(),
				agent.lastHeartbeatAt());
	}

	record Declaration(@NotNull PresenceStatus status) {
	}

	/** {@code status} is what routing sees: ONLINE turns OFFLINE when heartbeats stop. */
	record PresenceResponse(String agentId, PresenceStatus status, PresenceStatus declared,
			@Nullable Instant lastHeartbeatAt) {
	}
}
