package dev.tether.persistence.sync;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import dev.tether.core.access.Role;
import dev.tether.core.schedule.Schedule;
import org.jspecify.annotations.Nullable;

/**
 * An agent as a sync file shows it. {@code teamCodes} is the complete set of the agent's teams
 * that have a code, kept sorted so a file lists them the same way every time; {@code schedule}
 * their shifts, null when they have none.
 */
public record AgentEntry(String email, String name, Role role, @Nullable String externalCode, Set<String> teamCodes,
		@Nullable Integer maxOpenContacts, @Nullable Schedule schedule) {

	public static final String EMAIL = "email";

	public static final String NAME = "name";

	public static final String ROLE = "role";

	public static final String EXTERNAL_CODE = "externalCode";

	public static final String TEAM_CODES = "teamCodes";

	public static final String MAX_OPEN_CONTACTS = "maxOpenContacts";

	public AgentEntry {
		teamCodes = Collections.unmodifiableSortedSet(new TreeSet<>(teamCodes));
	}

	/** This row's values, and {@code current}'s for the columns the file left out. */
	AgentEntry keeping(AgentEntry current, Set<String> absent) {
		return new AgentEntry(email, name, absent.contains(ROLE) ? current.role : role,
				absent.contains(EXTERNAL_CODE) ? current.externalCode : externalCode,
				absent.contains(TEAM_CODES) ? current.teamCodes : teamCodes,
				absent.contains(MAX_OPEN_CONTACTS) ? current.maxOpenContacts : maxOpenContacts,
				absent.contains(ScheduleColumns.TIMEZONE) ? current.schedule : schedule);
	}

	/** The fields that had a value in {@code before} and have none here. */
	List<String> clearedFrom(AgentEntry before) {
		List<String> cleared = new ArrayList<>();
		if (before.externalCode != null && externalCode == null) {
			cleared.add(EXTERNAL_CODE);
		}
		if (!before.teamCodes.isEmpty() && teamCodes.isEmpty()) {
			cleared.add(TEAM_CODES);
		}
		if (before.maxOpenContacts != null && maxOpenContacts == null) {
			cleared.add(MAX_OPEN_CONTACTS);
		}
		if (before.schedule != null && schedule == null) {
			cleared.add(ScheduleColumns.TIMEZONE);
		}
		return cleared;
	}
}
