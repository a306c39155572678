package dev.tether.api.agent;

import java.time.Instant;

import dev.tether.api.security.Caller;
import dev.tether.api.web.InviteLinks;
import dev.tether.core.access.Role;
import dev.tether.persistence.account.Invitations;
import dev.tether.persistence.account.IssuedInvite;
import dev.tether.persistence.team.AgentService;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Console sign-in links: an owner or admin makes one for an agent, who opens it once, within
 * seven days, to set a password. A new link replaces the agent's older ones.
 */
@RestController
class InviteController {

	private final Invitations invitations;

	private final AgentService agents;

	InviteController(Invitations invitations, AgentService agents) {
		this.invitations = invitations;
		this.agents = agents;
	}

	/** {@code ref} is the agent's id, email or external code, as elsewhere. */
	@PostMapping("/api/v1/agents/{ref}/invite")
	@ResponseStatus(HttpStatus.CREATED)
	InviteResponse invite(Caller.Member caller, @PathVariable String ref) {
		caller.require(Role.OWNER, Role.ADMIN);
		IssuedInvite invite = invitations.issue(caller.orgId(), agents.findInPath(caller.orgId(), ref).id());
		return new InviteResponse(InviteLinks.of(invite.secret()), invite.expiresAt());
	}

	/** The link is shown here only; Tether keeps a hash of its secret. */
	record InviteResponse(String inviteUrl, Instant expiresAt) {
	}
}
