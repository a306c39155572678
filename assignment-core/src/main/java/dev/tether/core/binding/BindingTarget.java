package dev.tether.core.binding;

import dev.tether.core.team.AgentId;
import dev.tether.core.team.TeamId;
import org.jspecify.annotations.Nullable;

/**
 * Whom a contact is bound to: an agent, a team (whose strategy picks a member), or an agent
 * within a team.
 */
public record BindingTarget(@Nullable AgentId agent, @Nullable TeamId team) {

	public BindingTarget {
		if (agent == null && team == null) {
			throw new IllegalArgumentException("a binding names an agent, a team or both");
		}
	}

	public static BindingTarget agent(AgentId agent) {
		return new BindingTarget(agent, null);
	}

	public static BindingTarget team(TeamId team) {
		return new BindingTarget(null, team);
	}

	public static BindingTarget agentInTeam(AgentId agent, TeamId team) {
		return new BindingTarget(agent, team);
	}

	/** A target from stored ids, either of which may be absent. */
	public static BindingTarget ofIds(@Nullable Long agent, @Nullable Long team) {
		return new BindingTarget(agent == null ? null : new AgentId(agent), team == null ? null : new TeamId(team));
	}

	/** A team-only binding leaves the choice of member to the team's strategy. */
	public boolean isTeamOnly() {
		return agent == null;
	}
}
