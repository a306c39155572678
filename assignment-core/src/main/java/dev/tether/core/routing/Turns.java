package dev.tether.core.routing;

/**
 * The team-wide turn counter. Each assignment stamps the assignee with the next turn, so "least recently
 * assigned" is simply "smallest turn". A counter rather than a timestamp keeps two assignments in the same
 * instant in order.
 */
public final class Turns {

	/** The turn of a member who was never assigned, so they come before everyone who was. */
	public static final long NEVER = 0;

	private Turns() {
	}

	/** The turn to stamp on the next assignee, given the team's latest turn. */
	public static long next(long current) {
		if (current < NEVER) {
			throw new IllegalArgumentException("turn must not be negative");
		}
		return Math.addExact(current, 1);
	}
}
