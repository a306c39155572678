package dev.tether.persistence.sync;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import dev.tether.persistence.schedule.ScheduleOwner;
import dev.tether.persistence.schedule.ScheduleService;
import dev.tether.persistence.sync.ImportReport.Result;
import dev.tether.persistence.team.TeamDetails;
import dev.tether.persistence.team.TeamService;
import dev.tether.persistence.team.TeamView;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An org's teams as sync files, upserted by code among the active teams. Teams without a code are
 * outside the sync: never exported, never touched. Who belongs to a team comes from the agents file.
 */
@Service
public class TeamSync {

	private final TeamService teams;

	private final ScheduleService schedules;

	TeamSync(TeamService teams, ScheduleService schedules) {
		this.teams = teams;
		this.schedules = schedules;
	}

	/** The org's active teams that have a code, by id. */
	@Transactional(readOnly = true)
	public List<TeamEntry> export(long orgId) {
		return coded(orgId).stream().map(this::entryOf).toList();
	}

	/** Judges every row first, then applies all of them in this one transaction, or none if any is invalid. */
	@Transactional
	public ImportReport importRows(long orgId, ImportFile<TeamEntry> file) {
		Map<String, TeamView> byCode = coded(orgId).stream().collect(Collectors.toMap(TeamView::code, Function.identity()));
		List<Verdict<TeamEntry, TeamView>> verdicts = file.rows().stream().map(row -> {
			TeamView existing = byCode.get(row.entry().code());
			TeamEntry current = existing == null ? null : entryOf(existing);
			TeamEntry entry = current == null ? row.entry() : row.entry().keeping(current, file.absentColumns());
			return Verdict.of(row, entry, entry.code(), existing, current,
					current == null ? List.of() : entry.clearedFrom(current), row.errors());
		}).toList();
		ImportReport report = Verdict.report(verdicts, file.absentColumns());
		if (report.applied()) {
			verdicts.forEach(verdict -> apply(orgId, verdict));
		}
		return report;
	}

	private void apply(long orgId, Verdict<TeamEntry, TeamView> verdict) {
		TeamEntry entry = verdict.entry();
		TeamView existing = verdict.existing();
		if (existing == null) {
			TeamView created = teams.create(orgId, details(entry), List.of());
			schedules.replace(orgId, ScheduleOwner.TEAM, created.id(), entry.schedule());
		}
		else if (verdict.result() == Result.UPDATED) {
			teams.change(orgId, existing.id(), details(entry));
			if (entry.maxOpenContacts() == null && existing.maxOpenContacts() != null) {
				teams.limitOpenContacts(orgId, existing.id(), null);
			}
			schedules.replace(orgId, ScheduleOwner.TEAM, existing.id(), entry.schedule());
		}
	}

	private List<TeamView> coded(long orgId) {
		return teams.list(orgId).stream().filter(team -> team.code() != null).toList();
	}

	/** The row's values, none of them left as they were: an empty reply removes it, an empty transfer is off. */
	private static TeamDetails details(TeamEntry entry) {
		return new TeamDetails(entry.name(), entry.code(), entry.strategy(), entry.onlineOnly(),
				entry.maxOpenContacts(), entry.queueTimeoutSeconds(), null,
				entry.outOfHoursReply() == null ? "" : entry.outOfHoursReply(), entry.onAgentLeave(),
				entry.leaveGraceSeconds(), entry.unansweredTransferSeconds() == null ? TeamDetails.TRANSFER_OFF
						: entry.unansweredTransferSeconds());
	}

	private TeamEntry entryOf(TeamView team) {
		Duration transfer = team.unansweredRule().window();
		return new TeamEntry(team.code(), team.name(), team.strategy(), team.onlineOnly(), team.maxOpenContacts(),
				team.queueTimeoutSeconds(), team.outOfHoursReply(), team.leaveRule().onLeave(),
				(int) team.leaveRule().grace().toSeconds(), transfer == null ? null : (int) transfer.toSeconds(),
				schedules.find(team.orgId(), ScheduleOwner.TEAM, team.id()));
	}
}
