package dev.tether.persistence.account;

import java.time.Instant;

import dev.tether.persistence.team.AgentView;

/** An invite as shown once, to whoever made it: the secret is never stored nor shown again. */
public record IssuedInvite(String secret, Instant expiresAt, AgentView agent) {

	@Override
	public String toString() {
		return "IssuedInvite[agentId=" + agent.id() + ", expiresAt=" + expiresAt + "]";
	}
}
