package dev.tether.api.console.team;

import dev.tether.core.presence.PresenceStatus;
import dev.tether.persistence.team.AgentView;
import dev.tether.persistence.team.PresenceService;

/** A team member as a manager sees them: status now, and how many conversations they hold. */
record MemberRow(long id, String name, String email, PresenceStatus status, int openConversations) {

	static MemberRow of(AgentView agent, PresenceService presence) {
		return new MemberRow(agent.id(), agent.name(), agent.email(), presence.effective(agent),
				agent.openConversations());
	}
}
