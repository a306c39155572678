package dev.tether.persistence.sync;

/**
 * The three columns a schedule takes in a sync file, for teams' hours and agents' shifts alike;
 * they go together, and {@link #TIMEZONE} says whether a file has them.
 */
public final class ScheduleColumns {

	public static final String TIMEZONE = "scheduleTimezone";

	public static final String WEEKLY = "scheduleWeekly";

	public static final String OVERRIDES = "scheduleOverrides";

	private ScheduleColumns() {
	}
}
