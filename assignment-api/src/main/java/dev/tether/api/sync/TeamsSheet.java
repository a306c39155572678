package dev.tether.api.sync;

import java.util.List;
import java.util.Objects;

import dev.tether.core.routing.Strategy;
import dev.tether.persistence.sync.TeamEntry;
import dev.tether.persistence.team.TeamDetails;

/**
 * {@code code,name,strategy,onlineOnly,maxOpenContacts,queueTimeoutSeconds}; only {@code code} and
 * {@code name} are required. A new team without a {@code strategy} column takes turns
 * ({@code ROUND_ROBIN}); a strategy cell that is there must name one. An empty {@code onlineOnly}
 * means false, an empty cap no limit, an empty timeout the longest (a week).
 */
final class TeamsSheet implements Sheet<TeamEntry> {

	/** What a new team does when the file has no strategy column. */
	static final Strategy DEFAULT_STRATEGY = Strategy.ROUND_ROBIN;

	@Override
	public List<String> columns() {
		return List.of(TeamEntry.CODE, TeamEntry.NAME, TeamEntry.STRATEGY, TeamEntry.ONLINE_ONLY,
				TeamEntry.MAX_OPEN_CONTACTS, TeamEntry.QUEUE_TIMEOUT_SECONDS);
	}

	@Override
	public List<String> required() {
		return List.of(TeamEntry.CODE, TeamEntry.NAME);
	}

	@Override
	public TeamEntry example() {
		return new TeamEntry("SALES", "営業チーム", Strategy.ROUND_ROBIN, true, 30, 86_400);
	}

	@Override
	public TeamEntry read(CsvRow row) {
		String code = row.required(TeamEntry.CODE, 100);
		if (code.contains(AgentsSheet.TEAM_CODE_SEPARATOR)) {
			row.refuse(TeamEntry.CODE, "must not contain " + AgentsSheet.TEAM_CODE_SEPARATOR
					+ ", which separates team codes in an agents file");
		}
		String name = row.required(TeamEntry.NAME, 200);
		Strategy strategy = row.has(TeamEntry.STRATEGY) ? row.choice(TeamEntry.STRATEGY, null, Strategy.values())
				: DEFAULT_STRATEGY;
		return new TeamEntry(code, name, strategy, row.flag(TeamEntry.ONLINE_ONLY),
				row.number(TeamEntry.MAX_OPEN_CONTACTS, 0, Integer.MAX_VALUE, null), row.number(
						TeamEntry.QUEUE_TIMEOUT_SECONDS, 1, TeamDetails.MAX_QUEUE_TIMEOUT_SECONDS, TeamDetails.MAX_QUEUE_TIMEOUT_SECONDS));
	}

	@Override
	public List<String> write(TeamEntry team) {
		return List.of(team.code(), team.name(), team.strategy().name(), Boolean.toString(team.onlineOnly()),
				Objects.toString(team.maxOpenContacts(), ""), Integer.toString(team.queueTimeoutSeconds()));
	}

	@Override
	public List<Unique<TeamEntry>> unique() {
		return List.of(new Unique<>(TeamEntry.CODE, TeamEntry::code));
	}
}
