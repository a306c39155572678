package dev.tether.persistence.account;

import java.time.Duration;

/**
 * How guessing is slowed: after {@code maxFailures} failed sign-ins in a row for one email,
 * within {@code lockout} of each other, that email cannot sign in for {@code lockout}, right
 * password or not.
 */
public record SignInThrottle(int maxFailures, Duration lockout) {

	public SignInThrottle {
		if (maxFailures < 1 || lockout.isNegative() || lockout.isZero()) {
			throw new IllegalArgumentException("a throttle needs at least one failure and a positive lockout");
		}
	}
}
