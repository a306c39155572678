package dev.tether.core.schedule;

import java.time.Instant;

/** Instants from {@code start} (inclusive) to {@code end} (exclusive). */
record Span(Instant start, Instant end) {

	boolean contains(Instant at) {
		return !at.isBefore(start) && at.isBefore(end);
	}
}
