package dev.tether.api.sync;

import java.util.List;
import java.util.Objects;

import dev.tether.core.routing.Strategy;
import dev.tether.persistence.sync.TeamEntry;
import dev.tether.persistence.team.Team;

/**
 * {@code code,name,strategy,onlineOnly,maxOpenContacts,queueTimeoutSeconds}. An empty
 * {@code onlineOnly} means false, an empty cap no limit, an empty timeout the longest (a week).
 */
final class TeamsSheet implements Sheet<TeamEntry> {

	@Override
	public List<String> columns() {
		return List.of("code", "name", "strategy", "onlineOnly", "maxOpenContacts", "queueTimeoutSeconds");
	}

	@Override
	public TeamEntry example() {
		return new TeamEntry("SALES", "営業チーム", Strategy.ROUND_ROBIN, true, 30, 86_400);
	}

	@Override
	public TeamEntry read(CsvRow row) {
		String code = row.required("code", 100);
		if (code.contains(AgentsSheet.TEAM_CODE_SEPARATOR)) {
			row.refuse("code", "must not contain " + AgentsSheet.TEAM_CODE_SEPARATOR
					+ ", which separates team codes in an agents file");
		}
		return new TeamEntry(code, row.required("name", 200), row.choice("strategy", null, Strategy.values()),
				row.flag("onlineOnly"), row.number("maxOpenContacts", 0, Integer.MAX_VALUE, null),
				row.number("queueTimeoutSeconds", 1, Team.MAX_QUEUE_TIMEOUT_SECONDS, Team.MAX_QUEUE_TIMEOUT_SECONDS));
	}

	@Override
	public List<String> write(TeamEntry team) {
		return List.of(team.code(), team.name(), team.strategy().name(), Boolean.toString(team.onlineOnly()),
				Objects.toString(team.maxOpenContacts(), ""), Integer.toString(team.queueTimeoutSeconds()));
	}

	@Override
	public List<Unique<TeamEntry>> unique() {
		return List.of(new Unique<>("code", TeamEntry::code));
	}
}
