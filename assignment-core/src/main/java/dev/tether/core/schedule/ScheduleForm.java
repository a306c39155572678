package dev.tether.core.schedule;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * A schedule as a caller writes it: names of days, {@code HH:MM} times, ISO dates, an IANA zone.
 * Reading it says every field that is wrong, by its path in the body, or gives the schedule.
 */
public record ScheduleForm(@Nullable String timezone, @Nullable List<Weekly> weekly, @Nullable List<Dated> overrides) {

	/** More intervals than any real week has; a bound on what one request may ask us to keep. */
	public static final int MAX_WEEKLY = 70;

	public static final int MAX_OVERRIDES = 400;

	public record Weekly(@Nullable String day, @Nullable String start, @Nullable String end) {
	}

	public record Hours(@Nullable String start, @Nullable String end) {
	}

	public record Dated(@Nullable String date, @Nullable Boolean closed, @Nullable List<Hours> intervals) {
	}

	/** A field and what is wrong with it. */
	public record Problem(String field, String message) {
	}

	/** The schedule, or what is wrong with the form. */
	public sealed interface Reading {

		record Valid(Schedule schedule) implements Reading {
		}

		record Invalid(List<Problem> problems) implements Reading {
		}
	}

	/** The form that reads back as {@code schedule}: what a caller is shown of a stored one. */
	public static ScheduleForm of(Schedule schedule) {
		return new ScheduleForm(schedule.zone().getId(),
				schedule.weekly()
					.stream()
					.map(entry -> new Weekly(entry.day().name().substring(0, 3), entry.hours().start().toString(),
							entry.hours().end().toString()))
					.toList(),
				schedule.overrides()
					.stream()
					.map(override -> override.closed() ? new Dated(override.date().toString(), true, null)
							: new Dated(override.date().toString(), null,
									override.hours()
										.stream()
										.map(hours -> new Hours(hours.start().toString(), hours.end().toString()))
										.toList()))
					.toList());
	}

	public Reading read() {
		List<Problem> problems = new ArrayList<>();
		ZoneId zone = zone(problems);
		List<WeeklyInterval> week = week(problems);
		List<DateOverride> dates = dates(problems);
		if (!problems.isEmpty() || zone == null) {
			return new Reading.Invalid(List.copyOf(problems));
		}
		return new Reading.Valid(new Schedule(zone, week, dates));
	}

	private @Nullable ZoneId zone(List<Problem> problems) {
		if (timezone == null || timezone.isBlank()) {
			problems.add(new Problem("timezone", "is required: an IANA time zone such as Asia/Tokyo"));
			return null;
		}
		try {
			return ZoneId.of(timezone);
		}
		catch (DateTimeException ex) {
			problems.add(new Problem("timezone", "is not an IANA time zone: " + timezone));
			return null;
		}
	}

	private List<WeeklyInterval> week(List<Problem> problems) {
		List<Weekly> given = weekly == null ? List.of() : weekly;
		if (given.size() > MAX_WEEKLY) {
			problems.add(new Problem("weekly", "has more than " + MAX_WEEKLY + " intervals"));
			return List.of();
		}
		List<WeeklyInterval> week = new ArrayList<>();
		List<Integer> positions = new ArrayList<>();
		for (int i = 0; i < given.size(); i++) {
			Weekly entry = given.get(i);
			String field = "weekly[" + i + "]";
			if (entry == null) {
				problems.add(new Problem(field, "is required"));
				continue;
			}
			DayOfWeek day = day(entry.day(), field + ".day", problems);
			Interval hours = hours(entry.start(), entry.end(), field, problems);
			if (day == null || hours == null) {
				continue;
			}
			WeeklyInterval interval = new WeeklyInterval(day, hours);
			for (int j = 0; j < week.size(); j++) {
				if (overlapInWeek(week.get(j), interval)) {
					problems.add(new Problem(field, "overlaps weekly[" + positions.get(j) + "]"));
				}
			}
			week.add(interval);
			positions.add(i);
		}
		return week;
	}

	/** Whether two weekly intervals share a minute, the week going round (a Sunday night shift reaches Monday). */
	private static boolean overlapInWeek(WeeklyInterval one, WeeklyInterval other) {
		int days = other.day().getValue() - one.day().getValue();
		int day = TimeOfDay.MINUTES_PER_DAY;
		int week = 7 * day;
		for (int offset : new int[] { days * day - week, days * day, days * day + week }) {
			if (one.hours().overlaps(other.hours(), offset)) {
				return true;
			}
		}
		return false;
	}

	private List<DateOverride> dates(List<Problem> problems) {
		List<Dated> given = overrides == null ? List.of() : overrides;
		if (given.size() > MAX_OVERRIDES) {
			problems.add(new Problem("overrides", "has more than " + MAX_OVERRIDES + " dates"));
			return List.of();
		}
		List<DateOverride> dates = new ArrayList<>();
		Set<LocalDate> seen = new HashSet<>();
		for (int i = 0; i < given.size(); i++) {
			Dated entry = given.get(i);
			String field = "overrides[" + i + "]";
			if (entry == null) {
				problems.add(new Problem(field, "is required"));
				continue;
			}
			LocalDate date = date(entry.date(), field + ".date", problems);
			List<Hours> intervals = entry.intervals() == null ? List.of() : entry.intervals();
			boolean closed = Boolean.TRUE.equals(entry.closed());
			if (closed && !intervals.isEmpty()) {
				problems.add(new Problem(field, "is either closed or has intervals, not both"));
				continue;
			}
			if (!closed && intervals.isEmpty()) {
				problems.add(new Problem(field, "needs closed: true or at least one interval"));
				continue;
			}
			List<Interval> hours = new ArrayList<>();
			for (int j = 0; j < intervals.size(); j++) {
				String intervalField = field + ".intervals[" + j + "]";
				Hours entryHours = intervals.get(j);
				if (entryHours == null) {
					problems.add(new Problem(intervalField, "is required"));
					continue;
				}
				Interval interval = hours(entryHours.start(), entryHours.end(), intervalField, problems);
				if (interval == null) {
					continue;
				}
				if (hours.stream().anyMatch(earlier -> earlier.overlaps(interval, 0))) {
					problems.add(new Problem(intervalField, "overlaps another interval of the same date"));
				}
				hours.add(interval);
			}
			if (date == null) {
				continue;
			}
			if (!seen.add(date)) {
				problems.add(new Problem(field + ".date", "is overridden twice: " + date));
				continue;
			}
			dates.add(new DateOverride(date, hours));
		}
		return dates;
	}

	private static @Nullable DayOfWeek day(@Nullable String name, String field, List<Problem> problems) {
		for (DayOfWeek day : DayOfWeek.values()) {
			if (day.name().substring(0, 3).equals(name)) {
				return day;
			}
		}
		problems.add(new Problem(field, "must be one of MON, TUE, WED, THU, FRI, SAT, SUN"));
		return null;
	}

	private static @Nullable LocalDate date(@Nullable String text, String field, List<Problem> problems) {
		try {
			if (text != null) {
				return LocalDate.parse(text);
			}
		}
		catch (DateTimeParseException ex) {
			// reported below, as a missing date is
		}
		problems.add(new Problem(field, "must be a date written YYYY-MM-DD"));
		return null;
	}

	private static @Nullable Interval hours(@Nullable String start, @Nullable String end, String field,
			List<Problem> problems) {
		TimeOfDay from = time(start, field + ".start", problems);
		TimeOfDay until = time(end, field + ".end", problems);
		if (from == null || until == null) {
			return null;
		}
		if (from.equals(TimeOfDay.END_OF_DAY)) {
			problems.add(new Problem(field + ".start", "must be before 24:00"));
			return null;
		}
		return new Interval(from, until);
	}

	private static @Nullable TimeOfDay time(@Nullable String text, String field, List<Problem> problems) {
		if (text == null) {
			problems.add(new Problem(field, "is required, written HH:MM"));
			return null;
		}
		try {
			return TimeOfDay.parse(text);
		}
		catch (IllegalArgumentException ex) {
			problems.add(new Problem(field, ex.getMessage()));
			return null;
		}
	}
}
