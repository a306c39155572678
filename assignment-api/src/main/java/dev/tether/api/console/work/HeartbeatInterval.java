package dev.tether.api.console.work;

import java.time.Duration;

/**
 * How often an open work page says the agent is still there: three times per presence TTL, so
 * one lost heartbeat does not make them offline, and never more than twice a second.
 */
final class HeartbeatInterval {

	private static final Duration FASTEST = Duration.ofMillis(500);

	private HeartbeatInterval() {
	}

	static Duration of(Duration ttl) {
		Duration third = ttl.dividedBy(3);
		return third.compareTo(FASTEST) < 0 ? FASTEST : third;
	}
}
