package dev.tether.core.schedule;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * Whether a schedule is open at one instant, and the first instant after it where that changes;
 * {@code null} when it never changes again (open around the clock, or no hours left).
 */
public record Availability(boolean open, @Nullable Instant nextChange) {

	/** Without a schedule a team or agent is always available. */
	public static final Availability ALWAYS = new Availability(true, null);

	/**
	 * Whether it is open at {@code at}, a moment that may lie past {@code nextChange}: kept state
	 * stays right across its next boundary until the boundary's timer has written the one after.
	 */
	public boolean openAt(Instant at) {
		boolean changed = nextChange != null && !at.isBefore(nextChange);
		return open != changed;
	}
}
