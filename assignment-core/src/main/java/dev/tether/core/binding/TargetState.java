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
 * @param agentAvailable whether the agent is at work now: active, online and on shift ({@code true} when there is no agent)
 */
public record TargetState(BindingTarget target, String name, boolean agentActive, boolean teamTakesContacts,
		boolean agentInTeam, @Nullable AutoTags agentTags, @Nullable AutoTags teamTags, boolean agentAvailable) {

	public TargetState {
		Objects.requireNonNull(target, "target");
		Objects.requireNonNull(name, "name");
	}

	/** Why this target cannot take a contact now, or {@code null} when it can. */
	public @Nullable Unfit whyUnfit() {
		return whyUnfit(agentActive, teamTakesContacts, agentInTeam);
	}

	/**
	 * Whether a target can take a contact: the one rule binding codes, bindings and every hand
	 * or API assignment to a target obey. A deactivated agent is told first, then a team with
	 * nobody to take the contact, then an agent outside the team named with them.
	 */
	public static @Nullable Unfit whyUnfit(boolean agentActive, boolean teamTakesContacts, boolean agentInTeam) {
		if (!agentActive) {
			return Unfit.AGENT_INACTIVE;
		}
		if (!teamTakesContacts) {
			return Unfit.TEAM_EMPTY;
		}
		return agentInTeam ? null : Unfit.NOT_IN_TEAM;
	}

	/** Why a target cannot take a contact. */
	public enum Unfit {
		AGENT_INACTIVE, TEAM_EMPTY, NOT_IN_TEAM
	}
}
