package dev.tether.core.schedule;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

/**
 * A schedule in the cells of a spreadsheet: a time zone, the weekly intervals as
 * {@code MON 09:00-18:00; FRI 22:00-06:00}, the overrides as
 * {@code 2026-12-31 closed; 2027-01-02 10:00-15:00 16:00-18:00}. What the cells say is read as a
 * {@link ScheduleForm}, so the same rules judge it as judge the JSON body.
 */
public final class ScheduleText {

	private static final String ENTRIES = ";";

	private static final String CLOSED = "closed";

	private ScheduleText() {
	}

	/** The form the three cells write; empty cells are empty lists. */
	public static ScheduleForm form(String timezone, String weekly, String overrides) {
		List<ScheduleForm.Weekly> week = new ArrayList<>();
		for (String entry : entries(weekly)) {
			String[] words = entry.split("\\s+", 2);
			Hours hours = hours(words.length > 1 ? words[1] : "");
			week.add(new ScheduleForm.Weekly(words[0], hours.start(), hours.end()));
		}
		List<ScheduleForm.Dated> dates = new ArrayList<>();
		for (String entry : entries(overrides)) {
			String[] words = entry.split("\\s+");
			List<String> rest = Arrays.asList(words).subList(1, words.length);
			if (rest.size() == 1 && rest.get(0).equalsIgnoreCase(CLOSED)) {
				dates.add(new ScheduleForm.Dated(words[0], true, null));
			}
			else {
				dates.add(new ScheduleForm.Dated(words[0], null,
						rest.stream().map(ScheduleText::hours).map(hours -> new ScheduleForm.Hours(hours.start(), hours.end()))
							.toList()));
			}
		}
		return new ScheduleForm(timezone, week, dates);
	}

	public static String weekly(Schedule schedule) {
		return schedule.weekly()
			.stream()
			.map(entry -> entry.day().name().substring(0, 3) + " " + written(entry.hours()))
			.collect(Collectors.joining(ENTRIES + " "));
	}

	public static String overrides(Schedule schedule) {
		return schedule.overrides()
			.stream()
			.map(override -> override.date() + " " + (override.closed() ? CLOSED
					: override.hours().stream().map(ScheduleText::written).collect(Collectors.joining(" "))))
			.collect(Collectors.joining(ENTRIES + " "));
	}

	private static String written(Interval hours) {
		return hours.start() + "-" + hours.end();
	}

	private static List<String> entries(String cell) {
		return Arrays.stream(cell.split(ENTRIES)).map(String::strip).filter(entry -> !entry.isEmpty()).toList();
	}

	/** {@code HH:MM-HH:MM}; what is missing is left out, for the form to say so. */
	private static Hours hours(String text) {
		String[] times = text.strip().split("-", -1);
		return new Hours(times[0].isEmpty() ? null : times[0], times.length > 1 ? times[1] : null);
	}

	private record Hours(@Nullable String start, @Nullable String end) {
	}
}
