package dev.tether.core.schedule;

import java.util.List;

import dev.tether.core.schedule.ScheduleForm.Dated;
import dev.tether.core.schedule.ScheduleForm.Hours;
import dev.tether.core.schedule.ScheduleForm.Problem;
import dev.tether.core.schedule.ScheduleForm.Reading;
import dev.tether.core.schedule.ScheduleForm.Weekly;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class ScheduleFormTests {

	@Test
	void aWellWrittenFormReadsAsItsScheduleAndWritesBackTheSame() {
		ScheduleForm form = new ScheduleForm("Asia/Tokyo",
				List.of(new Weekly("MON", "09:00", "18:00"), new Weekly("FRI", "22:00", "06:00"),
						new Weekly("SUN", "20:00", "24:00")),
				List.of(new Dated("2026-12-31", true, null),
						new Dated("2027-01-02", null, List.of(new Hours("10:00", "15:00")))));

		Reading reading = form.read();

		assertThat(reading).isInstanceOf(Reading.Valid.class);
		assertThat(ScheduleForm.of(((Reading.Valid) reading).schedule())).isEqualTo(form);
	}

	@Test
	void aMissingOrUnknownZoneIsNamed() {
		assertThat(problems(new ScheduleForm(null, List.of(), List.of()))).extracting(Problem::field)
			.containsExactly("timezone");
		assertThat(problems(new ScheduleForm("Mars/Olympus", List.of(), List.of()))).extracting(Problem::field)
			.containsExactly("timezone");
	}

	@Test
	void badDaysAndTimesAreNamedByTheirPlaceInTheBody() {
		ScheduleForm form = new ScheduleForm("Asia/Tokyo",
				List.of(new Weekly("Monday", "09:00", "18:00"), new Weekly("TUE", "9:00", "25:00"),
						new Weekly("WED", "24:00", "10:00"), new Weekly("THU", "10:00", "24:30"),
						new Weekly("FRI", null, "10:00")),
				List.of(new Dated("2026-02-30", true, null)));

		assertThat(problems(form)).extracting(Problem::field)
			.containsExactly("weekly[0].day", "weekly[1].start", "weekly[1].end", "weekly[2].start", "weekly[3].end",
					"weekly[4].start", "overrides[0].date");
	}

	@ParameterizedTest
	@ValueSource(strings = { "MON 09:00-12:00 MON 11:00-13:00", "FRI 22:00-06:00 SAT 05:00-08:00",
			"SUN 23:00-02:00 MON 01:00-03:00", "TUE 00:00-24:00 TUE 12:00-13:00", "WED 09:00-09:00 THU 08:00-10:00" })
	void overlappingWeeklyIntervalsAreRefusedEvenAcrossMidnightAndTheEndOfTheWeek(String week) {
		String[] words = week.split(" ");
		List<Weekly> weekly = List.of(weeklyOf(words[0], words[1]), weeklyOf(words[2], words[3]));

		assertThat(problems(new ScheduleForm("Asia/Tokyo", weekly, List.of())))
			.containsExactly(new Problem("weekly[1]", "overlaps weekly[0]"));
	}

	@Test
	void touchingIntervalsDoNotOverlap() {
		List<Weekly> weekly = List.of(new Weekly("MON", "09:00", "12:00"), new Weekly("MON", "12:00", "18:00"),
				new Weekly("SUN", "22:00", "00:00"), new Weekly("MON", "00:00", "06:00"));

		assertThat(new ScheduleForm("Asia/Tokyo", weekly, List.of()).read()).isInstanceOf(Reading.Valid.class);
	}

	@Test
	void anOverrideIsClosedOrHasHoursAndIsGivenOncePerDate() {
		ScheduleForm form = new ScheduleForm("Asia/Tokyo", List.of(),
				List.of(new Dated("2026-12-31", true, List.of(new Hours("10:00", "12:00"))),
						new Dated("2027-01-01", false, List.of()),
						new Dated("2027-01-02", null, List.of(new Hours("10:00", "12:00"), new Hours("11:00", "13:00"))),
						new Dated("2027-01-03", true, null), new Dated("2027-01-03", true, null)));

		assertThat(problems(form)).extracting(Problem::field)
			.containsExactly("overrides[0]", "overrides[1]", "overrides[2].intervals[1]", "overrides[4].date");
	}

	@Test
	void tooManyIntervalsAreRefusedBeforeTheyAreRead() {
		List<Weekly> many = java.util.Collections.nCopies(ScheduleForm.MAX_WEEKLY + 1, new Weekly("MON", "09:00", "10:00"));

		assertThat(problems(new ScheduleForm("Asia/Tokyo", many, List.of()))).extracting(Problem::field)
			.containsExactly("weekly");
	}

	private static Weekly weeklyOf(String day, String hours) {
		String[] times = hours.split("-");
		return new Weekly(day, times[0], times[1]);
	}

	private static List<Problem> problems(ScheduleForm form) {
		Reading reading = form.read();
		assertThat(reading).isInstanceOf(Reading.Invalid.class);
		return ((Reading.Invalid) reading).problems();
	}
}
