package dev.tether.core.schedule;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;

/**
 * Open hours that begin on one local date: from {@code start} (inclusive) to {@code end}
 * (exclusive). An {@code end} not after {@code start} is on the next day, so a night shift is one
 * interval of the day it begins.
 */
public record Interval(TimeOfDay start, TimeOfDay end) {

	public Interval {
		Objects.requireNonNull(start, "start");
		Objects.requireNonNull(end, "end");
		if (start.equals(TimeOfDay.END_OF_DAY)) {
			throw new IllegalArgumentException("an interval starts before 24:00");
		}
	}

	public static Interval of(String start, String end) {
		return new Interval(TimeOfDay.parse(start), TimeOfDay.parse(end));
	}

	/** Whether the interval runs past midnight into the next day. */
	public boolean overnight() {
		return end.compareTo(start) <= 0;
	}

	/** The minutes it covers, counted from the start of the day it begins on (an overnight one past 1440). */
	int firstMinute() {
		return start.minute();
	}

	int endMinute() {
		return overnight() ? end.minute() + TimeOfDay.MINUTES_PER_DAY : end.minute();
	}

	/** The instants it covers when it begins on {@code date} in {@code zone}. */
	Span on(LocalDate date, ZoneId zone) {
		return new Span(start.on(date, zone).toInstant(), end.on(overnight() ? date.plusDays(1) : date, zone).toInstant());
	}

	boolean overlaps(Interval other, int otherOffsetMinutes) {
		int otherStart = other.firstMinute() + otherOffsetMinutes;
		int otherEnd = other.endMinute() + otherOffsetMinutes;
		return firstMinute() < otherEnd && otherStart < endMinute();
	}

	@Override
	public String toString() {
		return start + "–" + end;
	}
}
