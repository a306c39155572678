package dev.tether.core.schedule;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * When a team or an agent takes new work: weekly intervals in a time zone, with some dates'
 * hours overridden. It answers whether it is open at an instant and when that next changes;
 * times are the zone's wall clock, so a 09:00 opening stays 09:00 across daylight-saving changes.
 * Intervals that touch (Monday until 24:00, Tuesday from 00:00) are one opening: no change
 * between them.
 */
public record Schedule(ZoneId zone, List<WeeklyInterval> weekly, List<DateOverride> overrides) {

	/** Overridden or not, a week repeats: this many clean days past the last override show all of it. */
	private static final int WEEK_AND_SPARE = 9;

	public Schedule {
		Objects.requireNonNull(zone, "zone");
		weekly = List.copyOf(weekly);
		overrides = List.copyOf(overrides);
		if (overrides.stream().map(DateOverride::date).distinct().count() != overrides.size()) {
			throw new IllegalArgumentException("a date is overridden once");
		}
	}

	public boolean openAt(Instant at) {
		return availabilityAt(at).open();
	}

	/** Whether it is open at {@code at} and the first later instant where that flips. */
	public Availability availabilityAt(Instant at) {
		LocalDate today = at.atZone(zone).toLocalDate();
		LocalDate lastOverride = overrides.stream()
			.map(DateOverride::date)
			.filter(date -> !date.isBefore(today))
			.max(Comparator.naturalOrder())
			.orElse(today);
		LocalDate lastDay = lastOverride.plusDays(WEEK_AND_SPARE);
		List<Span> open = openings(today.minusDays(1), lastDay);
		// Openings reaching into the last day go on past what was looked at: past that, nothing is known.
		Instant horizon = lastDay.atStartOfDay(zone).toInstant();
		for (Span span : open) {
			if (span.contains(at)) {
				return new Availability(true, span.end().isAfter(horizon) ? null : span.end());
			}
			if (span.start().isAfter(at)) {
				return new Availability(false, span.start());
			}
		}
		return new Availability(false, null);
	}

	/** The openings that begin on the dates from {@code first} to {@code last}, in order, touching ones merged. */
	private List<Span> openings(LocalDate first, LocalDate last) {
		Map<LocalDate, DateOverride> byDate = new HashMap<>();
		overrides.forEach(override -> byDate.put(override.date(), override));
		Map<DayOfWeek, List<Interval>> byDay = weekly.stream()
			.collect(Collectors.groupingBy(WeeklyInterval::day,
					Collectors.mapping(WeeklyInterval::hours, Collectors.toList())));
		List<Span> spans = new ArrayList<>();
		for (LocalDate date = first; !date.isAfter(last); date = date.plusDays(1)) {
			DateOverride override = byDate.get(date);
			List<Interval> hours = override != null ? override.hours() : byDay.getOrDefault(date.getDayOfWeek(), List.of());
			for (Interval interval : hours) {
				Span span = interval.on(date, zone);
				if (span.end().isAfter(span.start())) {
					spans.add(span);
				}
			}
		}
		spans.sort(Comparator.comparing(Span::start));
		List<Span> merged = new ArrayList<>();
		for (Span span : spans) {
			Span previous = merged.isEmpty() ? null : merged.get(merged.size() - 1);
			if (previous != null && !span.start().isAfter(previous.end())) {
				merged.set(merged.size() - 1, new Span(previous.start(), latest(previous.end(), span.end())));
			}
			else {
				merged.add(span);
			}
		}
		return merged;
	}

	private static Instant latest(Instant one, Instant other) {
		return one.isAfter(other) ? one : other;
	}
}
