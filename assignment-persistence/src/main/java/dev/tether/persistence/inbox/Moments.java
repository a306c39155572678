package dev.tether.persistence.inbox;

import java.time.Instant;

/**
 * The instants a batch stamps its records with: one per record, a microsecond apart, so the
 * records of one batch keep the order they were made in wherever they are read back by time.
 */
final class Moments {

	private Instant next;

	Moments(Instant start) {
		this.next = start;
	}

	Instant next() {
		Instant moment = next;
		next = next.plusNanos(1_000);
		return moment;
	}
}
