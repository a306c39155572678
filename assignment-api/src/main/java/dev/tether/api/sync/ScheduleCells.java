package dev.tether.api.sync;

import java.util.List;

import dev.tether.core.schedule.Schedule;
import dev.tether.core.schedule.ScheduleForm;
import dev.tether.core.schedule.ScheduleText;
import dev.tether.persistence.sync.ScheduleColumns;
import org.jspecify.annotations.Nullable;

/**
 * A schedule in its three cells, for teams and agents alike: read by the rules of the schedule
 * API, each wrong part named with its column; none when the zone is empty.
 */
final class ScheduleCells {

	static final List<String> COLUMNS = List.of(ScheduleColumns.TIMEZONE, ScheduleColumns.WEEKLY,
			ScheduleColumns.OVERRIDES);

	private ScheduleCells() {
	}

	static @Nullable Schedule read(CsvRow row) {
		String zone = row.text(ScheduleColumns.TIMEZONE);
		String weekly = row.text(ScheduleColumns.WEEKLY);
		String overrides = row.text(ScheduleColumns.OVERRIDES);
		if (zone.isEmpty()) {
			if (!weekly.isEmpty() || !overrides.isEmpty()) {
				row.refuse(ScheduleColumns.TIMEZONE, "is required with a schedule");
			}
			return null;
		}
		ScheduleForm.Reading reading = ScheduleText.form(zone, weekly, overrides).read();
		if (reading instanceof ScheduleForm.Reading.Invalid invalid) {
			invalid.problems().forEach(problem -> row.refuse(column(problem.field()), problem.field() + " " + problem.message()));
			return null;
		}
		return ((ScheduleForm.Reading.Valid) reading).schedule();
	}

	static List<String> write(@Nullable Schedule schedule) {
		if (schedule == null) {
			return List.of("", "", "");
		}
		return List.of(schedule.zone().getId(), ScheduleText.weekly(schedule), ScheduleText.overrides(schedule));
	}

	/** The example the templates show: weekdays 09:00–18:00 in Tokyo, New Year's Eve off. */
	static Schedule example() {
		ScheduleForm.Reading office = ScheduleText.form("Asia/Tokyo",
				"MON 09:00-18:00; TUE 09:00-18:00; WED 09:00-18:00; THU 09:00-18:00; FRI 09:00-18:00", "2026-12-31 closed")
			.read();
		return ((ScheduleForm.Reading.Valid) office).schedule();
	}

	private static String column(String field) {
		if (field.startsWith("weekly")) {
			return ScheduleColumns.WEEKLY;
		}
		return field.startsWith("overrides") ? ScheduleColumns.OVERRIDES : ScheduleColumns.TIMEZONE;
	}
}
