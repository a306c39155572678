package dev.tether.core.routing;

/**
 * One ascending key of a strategy's ordering. Persistence translates a strategy's keys into ORDER BY so the
 * database picks the same member the strategy would.
 */
public enum SortKey {
	OPEN_CONVERSATIONS,
	LAST_TURN,
	POSITION,
	/** A uniform shuffle, such as ORDER BY random(). */
	RANDOM
}
