package dev.tether.core.routing;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * What a team does when a member who holds conversations from its routing leaves. A deactivated
 * member's go back at once whatever the team says; a member gone for the grace period loses
 * theirs to the queue when the team requeues; one back within the grace keeps everything.
 *
 * @param grace how long a member may be gone before their conversations go back (0 to 3600 s)
 */
public record LeaveRule(OnAgentLeave onLeave, Duration grace) {

	public static final Duration MAX_GRACE = Duration.ofHours(1);

	public static final Duration DEFAULT_GRACE = Duration.ofSeconds(60);

	public LeaveRule {
		Objects.requireNonNull(onLeave, "onLeave");
		if (grace.isNegative() || grace.compareTo(MAX_GRACE) > 0) {
			throw new IllegalArgumentException("a leave grace is between 0 and 3600 seconds");
		}
	}

	/**
	 * The team's routing rule as this leave rule asks it to be applied: a team that takes back the
	 * conversations of members who go offline gives none to members who are offline.
	 */
	public RoutingRule applyTo(RoutingRule rule) {
		return onLeave == OnAgentLeave.REQUEUE && !rule.onlineOnly()
				? new RoutingRule(rule.strategy(), true, rule.maxOpenContacts()) : rule;
	}

	/**
	 * Why a routed conversation goes back to its team's queue at {@code now}, or {@code null} if it
	 * stays with its holder.
	 *
	 * @param active whether the holder is still active
	 * @param goneSince since when the holder has been gone ({@code Departure.goneSince}), {@code null} if at work
	 */
	public @Nullable MoveReason requeues(boolean active, @Nullable Instant goneSince, Instant now) {
		if (!active) {
			return MoveReason.AGENT_DEACTIVATED;
		}
		if (onLeave == OnAgentLeave.REQUEUE && goneSince != null && !now.isBefore(goneSince.plus(grace))) {
			return MoveReason.AGENT_LEFT;
		}
		return null;
	}
}
