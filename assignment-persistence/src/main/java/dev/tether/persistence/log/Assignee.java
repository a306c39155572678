package dev.tether.persistence.log;

import org.jspecify.annotations.Nullable;

/** An agent, a team, both or neither: who holds a binding or a conversation. */
public record Assignee(@Nullable Long agentId, @Nullable Long teamId) {

	public static final Assignee NOBODY = new Assignee(null, null);
}
