package dev.tether.api.contact;

import java.util.Set;

import dev.tether.api.security.Caller;
import dev.tether.core.Refusal;
import dev.tether.persistence.contact.Conversation;
import dev.tether.persistence.org.Role;
import dev.tether.persistence.team.TeamMembers;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Who may move a conversation by hand: owners and admins any; a manager within the teams they
 * belong to; an agent may take an unassigned conversation of their own team, and hand off,
 * unassign or close their own.
 */
@Component
public class ConversationAccess {

	private final TeamMembers members;

	ConversationAccess(TeamMembers members) {
		this.members = members;
	}

	public void checkAssign(Caller.Member caller, Conversation conversation, @Nullable Long agentId, @Nullable Long teamId) {
		caller.require(Role.OWNER, Role.ADMIN, Role.MANAGER, Role.AGENT);
		if (caller.role().managesOrg()) {
			return;
		}
		Long self = caller.agentId();
		boolean own = self != null && self.equals(conversation.getAgentId());
		if (caller.role() == Role.AGENT) {
			boolean takesFromOwnTeam = self != null && self.equals(agentId) && conversation.getAgentId() == null
					&& inTeam(conversation.getTeamId(), self)
					&& (teamId == null || teamId.equals(conversation.getTeamId()));
			if (own || takesFromOwnTeam) {
				return;
			}
		}
		if (caller.role() == Role.MANAGER && (own || manages(self, conversation.getTeamId()))
				&& (teamId == null || manages(self, teamId)) && (agentId == null || sharesATeam(self, agentId))) {
			return;
		}
		throw Refusal.forbidden("A " + caller.role() + " token may not assign this conversation");
	}

	public void checkRelease(Caller.Member caller, Conversation conversation) {
		caller.require(Role.OWNER, Role.ADMIN, Role.MANAGER, Role.AGENT);
		if (caller.role().managesOrg()) {
			return;
		}
		Long self = caller.agentId();
		boolean own = self != null && self.equals(conversation.getAgentId());
		if (own || (caller.role() == Role.MANAGER && manages(self, conversation.getTeamId()))) {
			return;
		}
		throw Refusal.forbidden("A " + caller.role() + " token may only release its own conversations");
	}

	private boolean inTeam(@Nullable Long teamId, long agentId) {
		return teamId != null && members.existsByTeamIdAndAgentId(teamId, agentId);
	}

	private boolean manages(@Nullable Long manager, @Nullable Long teamId) {
		return manager != null && inTeam(teamId, manager);
	}

	private boolean sharesATeam(@Nullable Long manager, long agentId) {
		if (manager == null) {
			return false;
		}
		Set<Long> managed = members.teamIdsOf(manager);
		return members.teamIdsOf(agentId).stream().anyMatch(managed::contains);
	}
}
