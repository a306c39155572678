package dev.tether.persistence.outbox;

import java.time.Duration;

/**
 * How long an outbox waits before trying a delivery again: {@code first} after the first failed
 * attempt, doubling with each further one, never more than {@code longest}.
 */
public record Backoff(Duration first, Duration longest) {

	public Backoff {
		if (first.isNegative() || first.isZero() || longest.compareTo(first) < 0) {
			throw new IllegalArgumentException("a backoff starts above zero and grows to at least where it starts");
		}
	}

	/** The wait after {@code attempts} failed attempts (the first of them counts as one). */
	public Duration after(int attempts) {
		Duration wait = first;
		for (int attempt = 1; attempt < attempts && wait.compareTo(longest) < 0; attempt++) {
			wait = wait.multipliedBy(2);
		}
		return wait.compareTo(longest) > 0 ? longest : wait;
	}
}
