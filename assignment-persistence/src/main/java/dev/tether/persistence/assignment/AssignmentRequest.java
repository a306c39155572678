package dev.tether.persistence.assignment;

import java.time.Duration;

import dev.tether.core.routing.Strategy;
import dev.tether.core.team.AgentReference;
import dev.tether.core.team.TeamReference;
import org.jspecify.annotations.Nullable;

/**
 * An External Manual Assign: exactly one of a team (by id or code, optionally with an agent of
 * it), an agent, any agent of the org, or unassigning. {@code rule} overrides the team's rule for
 * this one request; each of its fields may be absent.
 */
public record AssignmentRequest(long channelId, String lineUserId, @Nullable TeamReference team,
		@Nullable AgentReference agent,
		boolean anyAgent, boolean unassign, @Nullable RuleOverride rule) {

	/** Per-request overrides of a routing rule (the workflow "Assign To" step's options). */
	public record RuleOverride(@Nullable Strategy strategy, @Nullable Boolean onlineOnly,
			@Nullable Integer maxOpenContacts, @Nullable Duration queueTimeout) {
	}
}
