package dev.tether.core.schedule;

import java.time.DayOfWeek;
import java.util.Objects;

/** Open hours that begin every week on {@code day}. */
public record WeeklyInterval(DayOfWeek day, Interval hours) {

	public WeeklyInterval {
		Objects.requireNonNull(day, "day");
		Objects.requireNonNull(hours, "hours");
	}
}
