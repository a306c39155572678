package dev.tether.api.console.people;

import dev.tether.core.access.Role;
import dev.tether.core.presence.PresenceStatus;
import dev.tether.persistence.team.AgentView;
import dev.tether.persistence.team.PresenceService;
import org.jspecify.annotations.Nullable;

/** One user as the users page lists them, with the presence routing sees now. */
record UserRow(long id, String name, String email, Role role, @Nullable String externalCode, boolean active,
		PresenceStatus status, int openConversations) {

	static UserRow of(AgentView agent, PresenceService presence) {
		return new UserRow(agent.id(), agent.name(), agent.email(), agent.role(), agent.externalCode(),
				agent.active(), presence.effective(agent), agent.openConversations());
	}
}
