package dev.tether.persistence.team;

import dev.tether.core.Refusal;
import dev.tether.core.binding.TargetState;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Refuses a target that cannot take a contact, by core's rule ({@link TargetState#whyUnfit}):
 * for issuing a binding code, and for assigning to an agent by hand or through the API.
 */
@Component
public class TargetFitness {

	private final TeamMembers members;

	TargetFitness(TeamMembers members) {
		this.members = members;
	}

	/** {@code agent}, {@code team} or the agent within the team; at least one is given. */
	@Transactional(propagation = Propagation.MANDATORY)
	public void require(@Nullable AgentView agent, @Nullable TeamView team) {
		boolean agentActive = agent == null || agent.active();
		boolean teamTakesContacts = team == null || members.hasActiveMember(team.id());
		boolean agentInTeam = agent == null || team == null || members.existsByTeamIdAndAgentId(team.id(), agent.id());
		TargetState.Unfit unfit = TargetState.whyUnfit(agentActive, teamTakesContacts, agentInTeam);
		if (unfit == null) {
			return;
		}
		throw switch (unfit) {
			case AGENT_INACTIVE -> Refusal.unprocessable("AGENT_INACTIVE", "Agent " + agent.id() + " is deactivated");
			case TEAM_EMPTY -> Refusal.unprocessable("TEAM_EMPTY", "Team " + team.id() + " has no active members");
			case NOT_IN_TEAM -> Refusal.unprocessable("AGENT_NOT_IN_TEAM",
					"Agent " + agent.id() + " is not a member of team " + team.id());
		};
	}
}
