package dev.tether.core.schedule;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ScheduleTextTests {

	private static final Schedule SCHEDULE = new Schedule(ZoneId.of("Asia/Tokyo"),
			List.of(new WeeklyInterval(DayOfWeek.MONDAY, Interval.of("09:00", "18:00")),
					new WeeklyInterval(DayOfWeek.FRIDAY, Interval.of("22:00", "06:00"))),
			List.of(DateOverride.closed(LocalDate.parse("2026-12-31")),
					new DateOverride(LocalDate.parse("2027-01-02"),
							List.of(Interval.of("10:00", "15:00"), Interval.of("16:00", "18:00")))));

	@Test
	void aScheduleIsWrittenInCellsAndReadBackTheSame() {
		String weekly = ScheduleText.weekly(SCHEDULE);
		String overrides = ScheduleText.overrides(SCHEDULE);

		assertThat(weekly).isEqualTo("MON 09:00-18:00; FRI 22:00-06:00");
		assertThat(overrides).isEqualTo("2026-12-31 closed; 2027-01-02 10:00-15:00 16:00-18:00");
		assertThat(ScheduleText.form("Asia/Tokyo", weekly, overrides).read())
			.isEqualTo(new ScheduleForm.Reading.Valid(SCHEDULE));
	}

	@Test
	void spacingAndEmptyEntriesDoNotMatter() {
		assertThat(ScheduleText.form("Asia/Tokyo", " MON   09:00-18:00 ;; FRI 22:00-06:00; ",
				"2026-12-31 CLOSED;2027-01-02 10:00-15:00   16:00-18:00").read())
			.isEqualTo(new ScheduleForm.Reading.Valid(SCHEDULE));
	}

	@Test
	void whatIsMissingOrMalformedIsJudgedByTheFormsRules() {
		ScheduleForm.Reading reading = ScheduleText.form("Asia/Tokyo", "MON 09:00; TUE; Someday 09:00-10:00",
				"2026-12-31; 2026-13-01 closed").read();

		assertThat(reading).isInstanceOfSatisfying(ScheduleForm.Reading.Invalid.class,
				invalid -> assertThat(invalid.problems()).extracting(ScheduleForm.Problem::field)
					.containsExactly("weekly[0].end", "weekly[1].start", "weekly[1].end", "weekly[2].day", "overrides[0]",
							"overrides[1].date"));
	}
}
