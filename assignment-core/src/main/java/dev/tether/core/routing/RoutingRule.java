package dev.tether.core.routing;

import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * How a team hands out new conversations.
 *
 * @param strategy who is picked among the eligible members
 * @param onlineOnly whether only effectively online members take new work
 * @param maxOpenContacts the team's limit on open conversations per member; {@code null} means no limit
 */
public record RoutingRule(Strategy strategy, boolean onlineOnly, @Nullable Integer maxOpenContacts) {

	public RoutingRule {
		Objects.requireNonNull(strategy, "strategy");
		if (maxOpenContacts != null && maxOpenContacts < 0) {
			throw new IllegalArgumentException("max open contacts must not be negative");
		}
	}
}
