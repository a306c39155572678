package dev.tether.core.routing;

import java.util.Objects;

import dev.tether.core.binding.BindingTarget;
import dev.tether.core.team.AgentId;
import dev.tether.core.team.TeamId;
import org.jspecify.annotations.Nullable;

/**
 * Where a contact's conversation goes: to the agent the contact is bound to while that agent
 * works here, whatever their load (capacity limits what routing hands out, not bindings); else to
 * the bound team, or the org's default team, whose strategy picks a member; else nowhere yet.
 */
public sealed interface Placement {

	/** Straight to the agent, within the team of an agent-within-team binding. */
	record ToAgent(AgentId agent, @Nullable TeamId team) implements Placement {

		public ToAgent {
			Objects.requireNonNull(agent, "agent");
		}
	}

	/**
	 * The team's strategy picks a member, or the conversation waits in its queue; {@code reason}
	 * says why, when a rule sends it to the team instead of the contact's agent.
	 */
	record ToTeam(TeamId team, @Nullable MoveReason reason) implements Placement {

		public ToTeam {
			Objects.requireNonNull(team, "team");
		}

		public ToTeam(TeamId team) {
			this(team, null);
		}
	}

	/** Nobody takes it yet: it stays unassigned. */
	record Nowhere() implements Placement {
	}

	/** Where a conversation of a contact bound to {@code target} goes. */
	public static Placement forBinding(BindingTarget target, boolean agentWorks) {
		if (target.agent() != null && agentWorks) {
			return new ToAgent(target.agent(), target.team());
		}
		return target.team() != null ? new ToTeam(target.team()) : new Nowhere();
	}

	/**
	 * Where a new conversation goes: by the contact's binding if it has one, else to the org's
	 * default team, else nowhere.
	 */
	public static Placement forNewConversation(@Nullable BindingTarget binding, boolean bindingAgentWorks,
			@Nullable TeamId defaultTeam) {
		if (binding != null) {
			return forBinding(binding, bindingAgentWorks);
		}
		return defaultTeam != null ? new ToTeam(defaultTeam) : new Nowhere();
	}
}
