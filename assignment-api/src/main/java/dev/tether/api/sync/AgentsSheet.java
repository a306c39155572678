package dev.tether.api.sync;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

import dev.tether.core.access.Role;
import dev.tether.persistence.sync.AgentEntry;

/**
 * {@code email,name,role,externalCode,teamCodes,maxOpenContacts,scheduleTimezone,scheduleWeekly,
 * scheduleOverrides}; only {@code email} and {@code name} are required. Team codes are separated by
 * {@code ;} and are the agent's complete set: an empty cell means no teams. An empty role means
 * AGENT, an empty cap no limit, an empty {@code scheduleTimezone} no shifts (always on shift).
 */
final class AgentsSheet implements Sheet<AgentEntry> {

	static final String TEAM_CODE_SEPARATOR = ";";

	/** As permissive as the JSON API's check: one {@code @}, something on each side, no blanks. */
	private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+");

	@Override
	public List<String> columns() {
		List<String> columns = new ArrayList<>(List.of(AgentEntry.EMAIL, AgentEntry.NAME, AgentEntry.ROLE,
				AgentEntry.EXTERNAL_CODE, AgentEntry.TEAM_CODES, AgentEntry.MAX_OPEN_CONTACTS));
		columns.addAll(ScheduleCells.COLUMNS);
		return List.copyOf(columns);
	}

	@Override
	public List<String> required() {
		return List.of(AgentEntry.EMAIL, AgentEntry.NAME);
	}

	@Override
	public AgentEntry example() {
		return new AgentEntry("hanako.yamada@example.com", "山田 花子", Role.AGENT, "EMP-0001", Set.of("SALES"), 20,
				ScheduleCells.example());
	}

	@Override
	public AgentEntry read(CsvRow row) {
		String email = row.required(AgentEntry.EMAIL, 320);
		if (!email.isEmpty() && !EMAIL.matcher(email).matches()) {
			row.refuse(AgentEntry.EMAIL, "is not an email address: " + email);
		}
		return new AgentEntry(email, row.required(AgentEntry.NAME, 200),
				row.choice(AgentEntry.ROLE, Role.AGENT, Role.AGENT, Role.MANAGER, Role.ADMIN, Role.OWNER),
				row.optional(AgentEntry.EXTERNAL_CODE, 100), teamCodes(row.text(AgentEntry.TEAM_CODES)),
				row.number(AgentEntry.MAX_OPEN_CONTACTS, 0, Integer.MAX_VALUE, null), ScheduleCells.read(row));
	}

	@Override
	public List<String> write(AgentEntry agent) {
		List<String> cells = new ArrayList<>(List.of(agent.email(), agent.name(), agent.role().name(),
				Objects.toString(agent.externalCode(), ""), String.join(TEAM_CODE_SEPARATOR, agent.teamCodes()),
				Objects.toString(agent.maxOpenContacts(), "")));
		cells.addAll(ScheduleCells.write(agent.schedule()));
		return cells;
	}

	@Override
	public List<Unique<AgentEntry>> unique() {
		return List.of(new Unique<>(AgentEntry.EMAIL, agent -> agent.email().toLowerCase(Locale.ROOT)),
				new Unique<>(AgentEntry.EXTERNAL_CODE, AgentEntry::externalCode));
	}

	/** Codes around {@code ;}, blanks trimmed; empty pieces, as from a trailing {@code ;}, mean nothing. */
	private static Set<String> teamCodes(String cell) {
		Set<String> codes = new LinkedHashSet<>();
		for (String code : cell.split(TEAM_CODE_SEPARATOR)) {
			if (!code.isBlank()) {
				codes.add(code.strip());
			}
		}
		return codes;
	}
}
