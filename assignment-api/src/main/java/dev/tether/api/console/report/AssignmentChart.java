package dev.tether.api.console.report;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.tether.persistence.report.DailyCount;

/**
 * Assignments per agent per day as a line chart, laid out here and drawn by the page as inline
 * SVG: one line per agent over every day of the period, days without assignments at zero.
 */
record AssignmentChart(int width, int height, int left, int bottom, List<Line> lines, List<Tick> days,
		List<Tick> counts) {

	static final int WIDTH = 720;

	static final int HEIGHT = 280;

	private static final int LEFT = 40;

	private static final int RIGHT = 16;

	private static final int TOP = 16;

	private static final int BOTTOM = 36;

	/** Told apart by people with the common colour blindnesses (Okabe and Ito's palette). */
	private static final List<String> COLOURS = List.of("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9",
			"#D55E00", "#F0E442", "#000000");

	static AssignmentChart of(List<DailyCount> counts, LocalDate first, LocalDate last) {
		int days = (int) ChronoUnit.DAYS.between(first, last) + 1;
		Map<Long, String> names = new LinkedHashMap<>();
		Map<Long, long[]> perDay = new LinkedHashMap<>();
		long most = 1;
		for (DailyCount count : counts) {
			names.put(count.agentId(), count.name());
			long[] line = perDay.computeIfAbsent(count.agentId(), id -> new long[days]);
			int day = (int) ChronoUnit.DAYS.between(first, count.day());
			if (day >= 0 && day < days) {
				line[day] += count.assigned();
				most = Math.max(most, line[day]);
			}
		}
		double plotWidth = WIDTH - LEFT - RIGHT;
		double plotHeight = HEIGHT - TOP - BOTTOM;
		double step = days > 1 ? plotWidth / (days - 1) : 0;
		long top = most;
		List<Line> lines = new ArrayList<>();
		for (Map.Entry<Long, long[]> entry : perDay.entrySet()) {
			StringBuilder points = new StringBuilder();
			long[] line = entry.getValue();
			long total = 0;
			for (int day = 0; day < days; day++) {
				total += line[day];
				points.append(day == 0 ? "" : " ")
					.append(round(LEFT + day * step))
					.append(',')
					.append(round(TOP + plotHeight - line[day] * plotHeight / top));
			}
			lines.add(new Line(names.get(entry.getKey()), COLOURS.get(lines.size() % COLOURS.size()), points.toString(),
					total));
		}
		List<Tick> dayTicks = new ArrayList<>();
		int every = Math.max(1, (int) Math.ceil(days / 8.0));
		for (int day = 0; day < days; day += every) {
			LocalDate date = first.plusDays(day);
			dayTicks.add(new Tick(round(LEFT + day * step), date.getMonthValue() + "/" + date.getDayOfMonth()));
		}
		List<Tick> countTicks = new ArrayList<>();
		for (long value : new long[] { 0, (top + 1) / 2, top }) {
			if (countTicks.stream().noneMatch(tick -> tick.label().equals(Long.toString(value)))) {
				countTicks.add(new Tick(round(TOP + plotHeight - value * plotHeight / top), Long.toString(value)));
			}
		}
		return new AssignmentChart(WIDTH, HEIGHT, LEFT, HEIGHT - BOTTOM, lines, dayTicks, countTicks);
	}

	public boolean isEmpty() {
		return lines.isEmpty();
	}

	private static double round(double value) {
		return Math.round(value * 10) / 10.0;
	}

	/** One agent's line, and the total it sums to (the report's {@code assigned}). */
	record Line(String name, String colour, String points, long total) {
	}

	/** A labelled position along an axis. */
	record Tick(double at, String label) {
	}
}
