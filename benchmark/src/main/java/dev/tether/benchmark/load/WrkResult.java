package dev.tether.benchmark.load;

import java.util.Map;

import dev.tether.benchmark.clock.WallClock;

/**
 * What one wrk run saw. {@code acknowledged} counts {@code 200} answers; {@code otherStatuses}
 * every other status by code; {@code socketErrors} connections that failed; {@code timeouts}
 * requests unanswered within the timeout. Latencies are wrk's distribution (which wrk corrects
 * for coordinated omission). The first request's and the last answer's wall-clock times come from
 * the script, so the rate holds even if the batch ran out early ({@code ranOut}).
 */
public record WrkResult(long acknowledged, Map<Integer, Long> otherStatuses, long socketErrors, long timeouts,
		double p50Millis, double p99Millis, long firstRequestMicros, long lastAnswerMicros, boolean ranOut) {

	public double acknowledgedPerSecond() {
		return acknowledged / WallClock.secondsBetween(firstRequestMicros, lastAnswerMicros);
	}

	/** Requests that got anything but {@code 200}: another status, a broken connection or no answer in time. */
	public long notAcknowledged() {
		return otherStatuses.values().stream().mapToLong(Long::longValue).sum() + socketErrors + timeouts;
	}
}
