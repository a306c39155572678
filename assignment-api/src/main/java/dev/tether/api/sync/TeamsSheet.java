package dev.tether.api.sync;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import dev.tether.core.routing.LeaveRule;
import dev.tether.core.routing.OnAgentLeave;
import dev.tether.core.routing.Strategy;
import dev.tether.core.routing.UnansweredRule;
import dev.tether.persistence.sync.TeamEntry;
import dev.tether.persistence.team.TeamDetails;

/**
 * {@code code,name,strategy,onlineOnly,maxOpenContacts,queueTimeoutSeconds,outOfHoursReply,
 * onAgentLeave,leaveGraceSeconds,unansweredTransferSeconds,scheduleTimezone,scheduleWeekly,
 * scheduleOverrides}; only {@code code} and {@code name} are required. A new team without a
 * {@code strategy} column takes turns ({@code ROUND_ROBIN}); a strategy cell that is there must
 * name one. An empty {@code onlineOnly} means false, an empty cap no limit, an empty timeout the
 * longest (a week), an empty reply none, an empty {@code onAgentLeave} KEEP, an empty grace 60 s,
 * an empty transfer off, an empty {@code scheduleTimezone} no schedule (always open). The
 * schedule is written as {@code MON 09:00-18:00; ...} and {@code 2026-12-31 closed; ...}.
 */
final class TeamsSheet implements Sheet<TeamEntry> {

	/** What a new team does when the file has no strategy column. */
	static final Strategy DEFAULT_STRATEGY = Strategy.ROUND_ROBIN;

	private static final int DEFAULT_GRACE = (int) LeaveRule.DEFAULT_GRACE.toSeconds();

	@Override
	public List<String> columns() {
		List<String> columns = new ArrayList<>(List.of(TeamEntry.CODE, TeamEntry.NAME, TeamEntry.STRATEGY,
				TeamEntry.ONLINE_ONLY, TeamEntry.MAX_OPEN_CONTACTS, TeamEntry.QUEUE_TIMEOUT_SECONDS,
				TeamEntry.OUT_OF_HOURS_REPLY, TeamEntry.ON_AGENT_LEAVE, TeamEntry.LEAVE_GRACE_SECONDS,
				TeamEntry.UNANSWERED_TRANSFER_SECONDS));
		columns.addAll(ScheduleCells.COLUMNS);
		return List.copyOf(columns);
	}

	@Override
	public List<String> required() {
		return List.of(TeamEntry.CODE, TeamEntry.NAME);
	}

	@Override
	public TeamEntry example() {
		return new TeamEntry("SALES", "営業チーム", Strategy.ROUND_ROBIN, true, 30, 86_400,
				"営業時間外です。平日 9:00 から順にご案内します。", OnAgentLeave.REQUEUE, 120, 600, ScheduleCells.example());
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
						TeamEntry.QUEUE_TIMEOUT_SECONDS, 1, TeamDetails.MAX_QUEUE_TIMEOUT_SECONDS, TeamDetails.MAX_QUEUE_TIMEOUT_SECONDS),
				row.optional(TeamEntry.OUT_OF_HOURS_REPLY, TeamDetails.MAX_OUT_OF_HOURS_REPLY),
				row.choice(TeamEntry.ON_AGENT_LEAVE, OnAgentLeave.KEEP, OnAgentLeave.values()),
				row.number(TeamEntry.LEAVE_GRACE_SECONDS, 0, (int) LeaveRule.MAX_GRACE.toSeconds(), DEFAULT_GRACE),
				row.number(TeamEntry.UNANSWERED_TRANSFER_SECONDS, (int) UnansweredRule.SHORTEST.toSeconds(),
						(int) UnansweredRule.LONGEST.toSeconds(), null),
				ScheduleCells.read(row));
	}

	@Override
	public List<String> write(TeamEntry team) {
		List<String> cells = new ArrayList<>(List.of(team.code(), team.name(), team.strategy().name(),
				Boolean.toString(team.onlineOnly()), Objects.toString(team.maxOpenContacts(), ""),
				Integer.toString(team.queueTimeoutSeconds()), Objects.toString(team.outOfHoursReply(), ""),
				team.onAgentLeave().name(), Integer.toString(team.leaveGraceSeconds()),
				Objects.toString(team.unansweredTransferSeconds(), "")));
		cells.addAll(ScheduleCells.write(team.schedule()));
		return cells;
	}

	@Override
	public List<Unique<TeamEntry>> unique() {
		return List.of(new Unique<>(TeamEntry.CODE, TeamEntry::code));
	}
}
