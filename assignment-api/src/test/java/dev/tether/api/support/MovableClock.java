package dev.tether.api.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The application's clock for a test that is about time: it runs with the real one, and the test
 * moves it ahead instead of sleeping. Import {@link Setup} to give the application this clock.
 */
public final class MovableClock extends Clock {

	private final AtomicReference<Duration> ahead = new AtomicReference<>(Duration.ZERO);

	private final Clock real = Clock.systemUTC();

	/** Everything that asks the time from now on is told {@code by} later. */
	public void advance(Duration by) {
		ahead.updateAndGet(current -> current.plus(by));
	}

	@Override
	public Instant instant() {
		return real.instant().plus(ahead.get());
	}

	@Override
	public ZoneId getZone() {
		return ZoneOffset.UTC;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		throw new UnsupportedOperationException("Tether keeps time in UTC");
	}

	@TestConfiguration(proxyBeanMethods = false)
	public static class Setup {

		@Bean
		@Primary
		MovableClock movableClock() {
			return new MovableClock();
		}
	}
}
