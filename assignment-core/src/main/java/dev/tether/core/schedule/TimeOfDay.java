package dev.tether.core.schedule;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A wall-clock time written {@code HH:MM}, from {@code 00:00} to {@code 24:00}: the end of a
 * day is a time of its own, so an interval can close at midnight on the day it opened.
 */
public record TimeOfDay(int minute) implements Comparable<TimeOfDay> {

	public static final int MINUTES_PER_DAY = 24 * 60;

	public static final TimeOfDay END_OF_DAY = new TimeOfDay(MINUTES_PER_DAY);

	private static final Pattern WRITTEN = Pattern.compile("([01]\\d|2[0-4]):([0-5]\\d)");

	public TimeOfDay {
		if (minute < 0 || minute > MINUTES_PER_DAY) {
			throw new IllegalArgumentException("a time of day is between 00:00 and 24:00");
		}
	}

	/** The time {@code text} names, written {@code HH:MM}; anything else is not a time. */
	public static TimeOfDay parse(String text) {
		Matcher matcher = WRITTEN.matcher(text);
		if (!matcher.matches()) {
			throw new IllegalArgumentException("must be a time written HH:MM, from 00:00 to 24:00");
		}
		int hours = Integer.parseInt(matcher.group(1));
		int minutes = Integer.parseInt(matcher.group(2));
		if (hours == 24 && minutes != 0) {
			throw new IllegalArgumentException("must be a time written HH:MM, from 00:00 to 24:00");
		}
		return new TimeOfDay(hours * 60 + minutes);
	}

	/**
	 * This time on {@code date} in {@code zone}; {@code 24:00} is the next day's midnight. A time a
	 * daylight-saving jump skips is the moment after the jump, a time it repeats the first of the two.
	 */
	ZonedDateTime on(LocalDate date, ZoneId zone) {
		if (equals(END_OF_DAY)) {
			return date.plusDays(1).atStartOfDay(zone);
		}
		return ZonedDateTime.of(date, LocalTime.of(minute / 60, minute % 60), zone);
	}

	@Override
	public int compareTo(TimeOfDay other) {
		return Integer.compare(minute, other.minute);
	}

	@Override
	public String toString() {
		return String.format("%02d:%02d", minute / 60, minute % 60);
	}
}
