package dev.tether.core.schedule;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The hours of one local date in place of that weekday's: a holiday (no intervals, closed) or
 * special hours. It replaces the intervals that begin on that date; a night shift of the day
 * before still ends as it would.
 */
public record DateOverride(LocalDate date, List<Interval> hours) {

	public DateOverride {
		Objects.requireNonNull(date, "date");
		hours = List.copyOf(hours);
	}

	public static DateOverride closed(LocalDate date) {
		return new DateOverride(date, List.of());
	}

	public boolean closed() {
		return hours.isEmpty();
	}
}
