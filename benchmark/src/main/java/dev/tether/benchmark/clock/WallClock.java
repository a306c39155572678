package dev.tether.benchmark.clock;

import java.time.Instant;

/**
 * Microseconds since the epoch, from the system clock. The harness, wrk's script and the paced
 * sender run in separate processes; stamping times this way lets a webhook sent by one be related
 * to the reply the LINE stub receives in another.
 */
public final class WallClock {

	private WallClock() {
	}

	public static long micros() {
		Instant now = Instant.now();
		return now.getEpochSecond() * 1_000_000L + now.getNano() / 1_000;
	}

	/** Seconds between two such stamps. */
	public static double secondsBetween(long fromMicros, long toMicros) {
		return (toMicros - fromMicros) / 1e6;
	}
}
