package dev.tether.api.binding;

import dev.tether.api.security.Caller;
import dev.tether.core.Refusal;
import dev.tether.core.access.Role;
import dev.tether.persistence.team.TeamService;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Who may handle which binding codes: owners and admins any; an agent only codes that bind to
 * themselves; a manager also codes for the teams they belong to.
 */
@Component
public class BindingCodeAccess {

	private final TeamService teams;

	BindingCodeAccess(TeamService teams) {
		this.teams = teams;
	}

	public void check(Caller.Member caller, @Nullable Long agentId, @Nullable Long teamId) {
		caller.require(Role.OWNER, Role.ADMIN, Role.MANAGER, Role.AGENT);
		if (caller.role().managesOrg()) {
			return;
		}
		boolean forSelf = agentId != null && agentId.equals(caller.agentId());
		if (caller.role() == Role.AGENT && forSelf) {
			return;
		}
		if (caller.role() == Role.MANAGER && (forSelf || managesTeam(caller, teamId))) {
			return;
		}
		throw Refusal.forbidden("A " + caller.role() + " token may only handle its own binding codes");
	}

	public boolean managesTeam(Caller.Member caller, @Nullable Long teamId) {
		return caller.role() == Role.MANAGER && teamId != null && caller.agentId() != null
				&& teams.hasMember(teamId, caller.agentId());
	}
}
