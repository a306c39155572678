package dev.tether.core.schedule;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SATURDAY;
import static java.time.DayOfWeek.SUNDAY;
import static java.time.DayOfWeek.THURSDAY;
import static java.time.DayOfWeek.TUESDAY;
import static java.time.DayOfWeek.WEDNESDAY;
import static org.assertj.core.api.Assertions.assertThat;

/** Open or not, and when next, at fixed instants (a fixed {@link Clock}'s, as routing asks). */
class ScheduleTests {

	private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

	private static final ZoneId LOS_ANGELES = ZoneId.of("America/Los_Angeles");

	private static final List<DayOfWeek> WEEKDAYS = List.of(MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY);

	/** Tokyo office hours: 09:00–18:00 on weekdays, Saturday and Sunday closed. */
	private static final Schedule OFFICE = weekdays(TOKYO, "09:00", "18:00");

	@Test
	void openFromTheStartInclusiveToTheEndExclusive() {
		// 2026-12-01 is a Tuesday; 09:00 in Tokyo is 00:00 UTC.
		assertThat(OFFICE.availabilityAt(at("2026-12-01T08:59:59+09:00")))
			.isEqualTo(new Availability(false, at("2026-12-01T09:00:00+09:00")));
		assertThat(OFFICE.availabilityAt(at("2026-12-01T09:00:00+09:00")))
			.isEqualTo(new Availability(true, at("2026-12-01T18:00:00+09:00")));
		assertThat(OFFICE.availabilityAt(at("2026-12-01T17:59:59.999+09:00")).open()).isTrue();
		assertThat(OFFICE.availabilityAt(at("2026-12-01T18:00:00+09:00")))
			.isEqualTo(new Availability(false, at("2026-12-02T09:00:00+09:00")));
	}

	@Test
	void aFridayEveningWaitsForMondayMorning() {
		assertThat(OFFICE.availabilityAt(at("2026-12-04T20:00:00+09:00")))
			.isEqualTo(new Availability(false, at("2026-12-07T09:00:00+09:00")));
		assertThat(OFFICE.availabilityAt(at("2026-12-05T12:00:00+09:00")))
			.isEqualTo(new Availability(false, at("2026-12-07T09:00:00+09:00")));
	}

	@Test
	void anIntervalEndingAt2400ClosesAtMidnightAndOneEnding2359AMinuteBefore() {
		Schedule toMidnight = new Schedule(TOKYO, List.of(weekly(MONDAY, "20:00", "24:00")), List.of());
		Schedule toOneMinuteBefore = new Schedule(TOKYO, List.of(weekly(MONDAY, "20:00", "23:59")), List.of());
		Instant lastMinute = at("2026-11-30T23:59:00+09:00");

		assertThat(toMidnight.availabilityAt(lastMinute))
			.isEqualTo(new Availability(true, at("2026-12-01T00:00:00+09:00")));
		assertThat(toMidnight.openAt(at("2026-12-01T00:00:00+09:00"))).isFalse();
		assertThat(toOneMinuteBefore.availabilityAt(lastMinute))
			.isEqualTo(new Availability(false, at("2026-12-07T20:00:00+09:00")));
		assertThat(toOneMinuteBefore.openAt(lastMinute.minusSeconds(1))).isTrue();
	}

	@Test
	void aFridayNightShiftRunsIntoSaturdayMorning() {
		Schedule nights = new Schedule(TOKYO, List.of(weekly(FRIDAY, "22:00", "06:00")), List.of());

		assertThat(nights.availabilityAt(at("2026-12-04T21:59:00+09:00")))
			.isEqualTo(new Availability(false, at("2026-12-04T22:00:00+09:00")));
		assertThat(nights.availabilityAt(at("2026-12-05T03:00:00+09:00")))
			.isEqualTo(new Availability(true, at("2026-12-05T06:00:00+09:00")));
		assertThat(nights.availabilityAt(at("2026-12-05T06:00:00+09:00")))
			.isEqualTo(new Availability(false, at("2026-12-11T22:00:00+09:00")));
		// Thursday night is not Friday's shift.
		assertThat(nights.openAt(at("2026-12-04T03:00:00+09:00"))).isFalse();
	}

	@Test
	void touchingIntervalsAreOneOpeningWithNoChangeBetweenThem() {
		Schedule longShift = new Schedule(TOKYO,
				List.of(weekly(MONDAY, "09:00", "24:00"), weekly(TUESDAY, "00:00", "10:00")), List.of());

		assertThat(longShift.availabilityAt(at("2026-11-30T10:00:00+09:00")))
			.isEqualTo(new Availability(true, at("2026-12-01T10:00:00+09:00")));
	}

	@Test
	void aWeekWrapsInAZoneAheadOfUtc() {
		// Sunday 22:00 to Monday 02:00 in Tokyo is Sunday 13:00 to 17:00 UTC: the local week turns, UTC's does not.
		Schedule sundayNight = new Schedule(TOKYO, List.of(weekly(SUNDAY, "22:00", "02:00")), List.of());

		assertThat(sundayNight.availabilityAt(Instant.parse("2026-12-06T16:59:59Z")))
			.isEqualTo(new Availability(true, Instant.parse("2026-12-06T17:00:00Z")));
		assertThat(sundayNight.availabilityAt(Instant.parse("2026-12-06T17:00:00Z")))
			.isEqualTo(new Availability(false, Instant.parse("2026-12-13T13:00:00Z")));
		// Monday 00:00 in Tokyo is still Sunday in UTC; Monday morning hours open on a UTC Sunday.
		assertThat(OFFICE.availabilityAt(Instant.parse("2026-12-06T23:00:00Z")))
			.isEqualTo(new Availability(false, Instant.parse("2026-12-07T00:00:00Z")));
	}

	@Test
	void aZoneBehindUtcKeepsItsWallClockAcrossTheSpringDaylightSavingChange() {
		Schedule office = weekdays(LOS_ANGELES, "09:00", "17:00");

		// Friday 2026-03-06 closes at 17:00 PST (01:00 UTC); clocks go forward on Sunday 2026-03-08;
		// Monday opens at 09:00 PDT, 16:00 UTC where the Friday had opened at 17:00 UTC.
		assertThat(office.availabilityAt(Instant.parse("2026-03-06T17:00:00Z")))
			.isEqualTo(new Availability(true, Instant.parse("2026-03-07T01:00:00Z")));
		assertThat(office.availabilityAt(Instant.parse("2026-03-07T01:00:00Z")))
			.isEqualTo(new Availability(false, Instant.parse("2026-03-09T16:00:00Z")));
	}

	@Test
	void aNightShiftAcrossTheAutumnChangeLastsAnHourLonger() {
		// 2026-11-01 01:00–02:00 happens twice in Los Angeles; a Saturday 22:00–06:00 shift lasts nine hours.
		Schedule nights = new Schedule(LOS_ANGELES, List.of(weekly(SATURDAY, "22:00", "06:00")), List.of());

		assertThat(nights.availabilityAt(Instant.parse("2026-11-01T05:00:00Z")))
			.isEqualTo(new Availability(true, Instant.parse("2026-11-01T14:00:00Z")));
	}

	@Test
	void hoursTheSpringChangeSkipsAreNoOpening() {
		Schedule skipped = new Schedule(LOS_ANGELES, List.of(weekly(SUNDAY, "02:00", "03:00")), List.of());

		assertThat(skipped.availabilityAt(Instant.parse("2026-03-08T09:00:00Z")))
			.isEqualTo(new Availability(false, Instant.parse("2026-03-15T09:00:00Z")));
	}

	@Test
	void aHolidayOverrideClosesItsDate() {
		Schedule withHoliday = new Schedule(TOKYO, OFFICE.weekly(),
				List.of(DateOverride.closed(LocalDate.parse("2026-12-31"))));

		assertThat(withHoliday.openAt(at("2026-12-31T10:00:00+09:00"))).isFalse();
		assertThat(withHoliday.availabilityAt(at("2026-12-30T18:00:00+09:00")))
			.isEqualTo(new Availability(false, at("2027-01-01T09:00:00+09:00")));
	}

	@Test
	void specialHoursReplaceTheWeekdaysHoursOfTheirDateOnly() {
		Schedule special = new Schedule(TOKYO, OFFICE.weekly(),
				List.of(new DateOverride(LocalDate.parse("2027-01-02"), List.of(Interval.of("10:00", "15:00")))));

		// 2027-01-02 is a Saturday: closed by the week, open by the override.
		assertThat(special.availabilityAt(at("2027-01-02T09:30:00+09:00")))
			.isEqualTo(new Availability(false, at("2027-01-02T10:00:00+09:00")));
		assertThat(special.availabilityAt(at("2027-01-02T10:00:00+09:00")))
			.isEqualTo(new Availability(true, at("2027-01-02T15:00:00+09:00")));
		assertThat(special.openAt(at("2027-01-04T09:00:00+09:00"))).isTrue();
	}

	@Test
	void anOverrideOfTheNextDayLeavesTheNightShiftThatReachesIt() {
		Schedule nights = new Schedule(TOKYO, List.of(weekly(FRIDAY, "22:00", "06:00")),
				List.of(DateOverride.closed(LocalDate.parse("2026-12-05"))));

		assertThat(nights.openAt(at("2026-12-05T03:00:00+09:00"))).isTrue();
	}

	@Test
	void anOverrideFarAheadIsTheNextChangeOfAScheduleThatIsOtherwiseNeverOpen() {
		Schedule onlyOnce = new Schedule(TOKYO, List.of(),
				List.of(new DateOverride(LocalDate.parse("2027-06-01"), List.of(Interval.of("09:00", "12:00")))));

		assertThat(onlyOnce.availabilityAt(at("2026-12-01T12:00:00+09:00")))
			.isEqualTo(new Availability(false, at("2027-06-01T09:00:00+09:00")));
		assertThat(onlyOnce.availabilityAt(at("2027-06-01T12:00:00+09:00"))).isEqualTo(new Availability(false, null));
	}

	@Test
	void aScheduleOpenAroundTheClockNeverChangesUntilAnOverrideSaysSo() {
		List<WeeklyInterval> always = List.of(MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY, SATURDAY, SUNDAY)
			.stream()
			.map(day -> weekly(day, "00:00", "24:00"))
			.toList();

		assertThat(new Schedule(TOKYO, always, List.of()).availabilityAt(at("2026-12-01T12:00:00+09:00")))
			.isEqualTo(new Availability(true, null));
		assertThat(new Schedule(TOKYO, always, List.of(DateOverride.closed(LocalDate.parse("2027-01-01"))))
			.availabilityAt(at("2026-12-01T12:00:00+09:00")))
			.isEqualTo(new Availability(true, at("2027-01-01T00:00:00+09:00")));
	}

	@Test
	void anEmptyScheduleIsNeverOpen() {
		assertThat(new Schedule(TOKYO, List.of(), List.of()).availabilityAt(Instant.parse("2026-12-01T00:00:00Z")))
			.isEqualTo(new Availability(false, null));
	}

	@Test
	void keptAvailabilityIsRightAcrossItsNextBoundaryBeforeItsTimerFires() {
		Availability openUntilSix = new Availability(true, at("2026-12-01T18:00:00+09:00"));

		assertThat(openUntilSix.openAt(at("2026-12-01T17:59:59+09:00"))).isTrue();
		assertThat(openUntilSix.openAt(at("2026-12-01T18:00:00+09:00"))).isFalse();
		assertThat(new Availability(false, at("2026-12-02T09:00:00+09:00")).openAt(at("2026-12-02T09:00:00+09:00")))
			.isTrue();
		assertThat(Availability.ALWAYS.openAt(Instant.MAX)).isTrue();
	}

	@Test
	void aFixedClocksInstantGivesTheSameAnswerAsTheInstantItself() {
		Clock saturday = Clock.fixed(at("2026-12-05T12:00:00+09:00"), ZoneOffset.UTC);

		assertThat(OFFICE.openAt(saturday.instant())).isFalse();
	}

	static Schedule weekdays(ZoneId zone, String start, String end) {
		return new Schedule(zone, WEEKDAYS.stream().map(day -> weekly(day, start, end)).toList(), List.of());
	}

	static WeeklyInterval weekly(DayOfWeek day, String start, String end) {
		return new WeeklyInterval(day, Interval.of(start, end));
	}

	private static Instant at(String offsetDateTime) {
		return java.time.OffsetDateTime.parse(offsetDateTime).toInstant();
	}
}
