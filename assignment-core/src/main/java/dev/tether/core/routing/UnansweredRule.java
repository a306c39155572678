package dev.tether.core.routing;

import java.time.Duration;
import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A team's time for its assignee to answer. A conversation its routing assigned that is still
 * unanswered when the time is up goes to another eligible member, or back to the queue; that
 * happens once for a conversation, so the one it goes to has no such clock.
 *
 * @param window how long the assignee has (30 s to a day), {@code null} for no such rule
 */
public record UnansweredRule(@Nullable Duration window) {

	public static final Duration SHORTEST = Duration.ofSeconds(30);

	public static final Duration LONGEST = Duration.ofDays(1);

	public static final UnansweredRule OFF = new UnansweredRule(null);

	public UnansweredRule {
		if (window != null && (window.compareTo(SHORTEST) < 0 || window.compareTo(LONGEST) > 0)) {
			throw new IllegalArgumentException("an unanswered transfer waits between 30 and 86400 seconds");
		}
	}

	/** When the assignee of a routed assignment made at {@code assignedAt} must have answered by, if ever. */
	public @Nullable Instant answerDue(Instant assignedAt, boolean transferredBefore) {
		return window == null || transferredBefore ? null : assignedAt.plus(window);
	}
}
