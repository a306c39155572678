package dev.tether.persistence.routing;

import java.util.Set;

import dev.tether.core.Refusal;
import dev.tether.core.access.Role;
import dev.tether.persistence.contact.Conversation;
import dev.tether.persistence.team.Agents;
import dev.tether.persistence.team.TeamMembers;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Who may move a conversation by hand: owners and admins any; a manager within the teams they
 * belong to; an agent may take an unassigned conversation of their own team, and hand off,
 * unassign or close their own. The rules read the conversation as it is under its contact's
 * lock, so two people can never both take the same chat: the second is told who has it.
 */
@Component
class HandRules {

	private final TeamMembers members;

	private final Agents agents;

	HandRules(TeamMembers members, Agents agents) {
		this.members = members;
		this.agents = agents;
	}

	void checkAssign(Operator operator, Conversation conversation, @Nullable Long agentId, @Nullable Long teamId) {
		requireMember(operator);
		if (operator.role().managesOrg()) {
			return;
		}
		Long self = operator.agentId();
		boolean own = self != null && self.equals(conversation.getAgentId());
		if (operator.role() == Role.AGENT) {
			boolean takes = self != null && self.equals(agentId);
			if (takes && !own && conversation.getAgentId() != null) {
				throw taken(conversation);
			}
			boolean takesFromOwnTeam = takes && inTeam(conversation.getTeamId(), self)
					&& (teamId == null || teamId.equals(conversation.getTeamId()));
			if (own || takesFromOwnTeam) {
				return;
			}
		}
		if (operator.role() == Role.MANAGER && (own || manages(self, conversation.getTeamId()))
				&& (teamId == null || manages(self, teamId)) && (agentId == null || sharesATeam(self, agentId))) {
			return;
		}
		throw Refusal.forbidden("A " + operator.role() + " token may not assign this conversation");
	}

	void checkRelease(Operator operator, Conversation conversation) {
		requireMember(operator);
		if (operator.role().managesOrg()) {
			return;
		}
		Long self = operator.agentId();
		boolean own = self != null && self.equals(conversation.getAgentId());
		if (own || (operator.role() == Role.MANAGER && manages(self, conversation.getTeamId()))) {
			return;
		}
		throw Refusal.forbidden("A " + operator.role() + " token may only release its own conversations");
	}

	/** The holder answers for themselves; owners, admins and integrations may say that they did. */
	void checkReply(Operator operator, Conversation conversation) {
		if (operator.role().managesOrg() || operator.role() == Role.INTEGRATION) {
			return;
		}
		Long self = operator.agentId();
		if (self == null || !self.equals(conversation.getAgentId())) {
			throw Refusal.forbidden("A " + operator.role() + " token may only record its own replies");
		}
	}

	private static void requireMember(Operator operator) {
		if (!Set.of(Role.OWNER, Role.ADMIN, Role.MANAGER, Role.AGENT).contains(operator.role())) {
			throw Refusal.forbidden("A " + operator.role() + " token may not move conversations by hand");
		}
	}

	/** Someone holds the conversation now: the agent who wanted it learns who. */
	private Refusal taken(Conversation conversation) {
		long holder = conversation.getAgentId();
		String name = agents.findById(holder).map(agent -> agent.getName()).orElse("agent " + holder);
		return Refusal.conflict("CONVERSATION_TAKEN",
				"Conversation " + conversation.getId() + " is held by " + name + " (agent " + holder + ")");
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
