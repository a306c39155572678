package dev.tether.api.console.security;

import dev.tether.api.security.Caller;
import dev.tether.core.access.Role;
import dev.tether.persistence.team.AgentView;

/**
 * The person signed in to the console, as they are now: read afresh on every request, so a new
 * role or a deactivation counts at once.
 */
public record ConsoleUser(long agentId, long orgId, String name, String email, Role role) {

	/** A console session is no API token; actions it takes are logged under the agent. */
	private static final long NO_TOKEN = 0;

	static ConsoleUser of(AgentView agent) {
		return new ConsoleUser(agent.id(), agent.orgId(), agent.name(), agent.email(), agent.role());
	}

	/** The caller the API's access rules take, so a page allows exactly what the API allows this role. */
	public Caller.Member caller() {
		return new Caller.Member(orgId, role, agentId, NO_TOKEN);
	}

	/** Who the assignment log names for a move made here: the agent, as for their own API token. */
	public String actor() {
		return "agent:" + agentId;
	}

	public boolean managesOrg() {
		return role.managesOrg();
	}

	public boolean isManager() {
		return role == Role.MANAGER;
	}
}
