package dev.tether.core.routing;

import java.util.Objects;

import dev.tether.core.team.AgentId;

/** What routing did with a new conversation; every outcome is expected, so none is an exception. */
public sealed interface RoutingDecision {

	/** The conversation goes to this agent. */
	record Assigned(AgentId agent) implements RoutingDecision {

		public Assigned {
			Objects.requireNonNull(agent, "agent");
		}
	}

	/** The conversation waits: nobody can take it right now, or the team assigns by hand. */
	record Queued() implements RoutingDecision {
	}

	/** The team cannot take conversations at all until someone fixes its membership. */
	record Rejected(Reason reason) implements RoutingDecision {

		public Rejected {
			Objects.requireNonNull(reason, "reason");
		}
	}

	/** Why a team cannot take a conversation. */
	enum Reason {
		/** The team has no members at all. */
		TEAM_EMPTY,
		/** The team has members, but every one of them is deactivated. */
		NO_ACTIVE_MEMBER
	}
}
