package dev.tether.api.console.security;

import java.util.Optional;

import dev.tether.persistence.team.AgentService;
import dev.tether.persistence.team.AgentView;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Finds who is signed in to the console on this request; a deactivated agent is nobody. */
@Component
public class ConsoleUsers {

	private final AgentService agents;

	ConsoleUsers(AgentService agents) {
		this.agents = agents;
	}

	public Optional<ConsoleUser> current() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !(authentication.getPrincipal() instanceof SignedInAgent session)) {
			return Optional.empty();
		}
		AgentView agent = agents.get(session.orgId(), session.agentId());
		return agent.active() ? Optional.of(ConsoleUser.of(agent)) : Optional.empty();
	}
}
