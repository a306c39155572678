package dev.tether.core.routing;

import java.util.Objects;

import org.jspecify.annotations.Nullable;

import dev.tether.core.presence.PresenceStatus;
import dev.tether.core.team.AgentId;

/**
 * A team member as routing sees them at one moment.
 *
 * @param agent who would own the conversation
 * @param active whether the member is still enabled on the team; deactivated members never take work
 * @param onSchedule whether the member's own schedule (if they have one) is open: outside it they take no new work
 * @param presence the effective presence, after heartbeat expiry
 * @param openConversations conversations the member currently owns
 * @param agentCapacity the member's own limit on open conversations; {@code null} means no limit
 * @param lastTurn the team turn of their latest assignment, {@link Turns#NEVER} if never assigned
 * @param position a stable member order (such as join order) that breaks ties
 */
public record Candidate(AgentId agent, boolean active, boolean onSchedule, PresenceStatus presence, int openConversations,
		@Nullable Integer agentCapacity, long lastTurn, long position) {

	public Candidate {
		Objects.requireNonNull(agent, "agent");
		Objects.requireNonNull(presence, "presence");
		requireNonNegative(openConversations, "open conversations");
		if (agentCapacity != null) {
			requireNonNegative(agentCapacity, "agent capacity");
		}
		requireNonNegative(lastTurn, "last turn");
		requireNonNegative(position, "position");
	}

	/** The member after taking one more conversation at {@code turn}. */
	public Candidate assignedAt(long turn) {
		return new Candidate(agent, active, onSchedule, presence, openConversations + 1, agentCapacity, turn, position);
	}

	private static void requireNonNegative(long value, String what) {
		if (value < 0) {
			throw new IllegalArgumentException(what + " must not be negative");
		}
	}
}
