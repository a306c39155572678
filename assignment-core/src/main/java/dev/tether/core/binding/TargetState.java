package dev.tether.core.binding;

import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * What a binding target looks like right now: the name a reply gives, whether its agent still
 * works here, whether its team can take contacts, and the tags a binding to it applies.
 *
 * @param target the agent, team or agent within a team
 * @param name the agent's name, or the team's for a team-only target
 * @param agentActive whether the agent is active ({@code true} when there is no agent)
 * @param teamTakesContacts whether the team is active and has an active member ({@code true} when there is no team)
 * @param agentInTeam whether the agent belongs to the team ({@code true} unless both are named)
 * @param agentTags the agent's own auto tags, if it has an agent
 * @param teamTags the team's own auto tags, if it has a team
 */
public record TargetState(BindingTarget target, String name, boolean agentActive, boolean teamTakesContacts,
		boolean agentInTeam, @Nullable AutoTags agentTags, @Nullable AutoTags teamTags) {

	public TargetState {
		Objects.requireNonNull(target, "target");
		Objects.requireNonNull(name, "name");
	}
}
