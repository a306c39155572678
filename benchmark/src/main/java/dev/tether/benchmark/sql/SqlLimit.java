package dev.tether.benchmark.sql;

import java.time.Duration;

/** Part (a)'s result: bindings committed per second by {@code threads} connections over {@code measured}. */
public record SqlLimit(int threads, long transactions, Duration measured) {

	public double transactionsPerSecond() {
		return transactions / (measured.toNanos() / 1e9);
	}
}
