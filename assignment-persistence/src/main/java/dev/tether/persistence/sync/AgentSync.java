package dev.tether.persistence.sync;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import dev.tether.core.schedule.Schedule;
import dev.tether.persistence.schedule.ScheduleOwner;
import dev.tether.persistence.schedule.ScheduleService;
import dev.tether.persistence.sync.ImportReport.Result;
import dev.tether.persistence.team.AgentDetails;
import dev.tether.persistence.team.AgentService;
import dev.tether.persistence.team.AgentView;
import dev.tether.persistence.team.TeamService;
import jakarta.persistence.EntityManager;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An org's agents as sync files. Rows upsert by email, whatever its case, and a row's team codes
 * become the agent's complete set of coded teams. Deactivated agents are left out of exports, and
 * a row naming one is invalid: an import never quietly edits or revives a departed agent.
 */
@Service
public class AgentSync {

	private final AgentService agents;

	private final TeamService teams;

	private final EntityManager entities;

	private final ScheduleService schedules;

	AgentSync(AgentService agents, TeamService teams, EntityManager entities, ScheduleService schedules) {
		this.agents = agents;
		this.teams = teams;
		this.entities = entities;
		this.schedules = schedules;
	}

	/** The org's active agents, by id. */
	@Transactional(readOnly = true)
	public List<AgentEntry> export(long orgId) {
		CodedTeams coded = CodedTeams.of(teams, orgId);
		Map<Long, Schedule> shifts = schedules.allOf(orgId, ScheduleOwner.AGENT);
		return agents.all(orgId)
			.stream()
			.filter(AgentView::active)
			.map(agent -> entryOf(agent, coded, shifts))
			.toList();
	}

	/** Judges every row first, then applies all of them in this one transaction, or none if any is invalid. */
	@Transactional
	public ImportReport importRows(long orgId, ImportFile<AgentEntry> file) {
		Known known = Known.of(agents.all(orgId));
		CodedTeams coded = CodedTeams.of(teams, orgId);
		Map<Long, Schedule> shifts = schedules.allOf(orgId, ScheduleOwner.AGENT);
		List<Verdict<AgentEntry, AgentView>> verdicts = file.rows()
			.stream()
			.map(row -> judge(row, file.absentColumns(), known, coded, shifts))
			.toList();
		ImportReport report = Verdict.report(verdicts, file.absentColumns());
		if (report.applied()) {
			Map<Long, Set<String>> placements = new LinkedHashMap<>();
			for (Verdict<AgentEntry, AgentView> verdict : verdicts) {
				placements.put(apply(orgId, verdict), verdict.entry().teamCodes());
				forgetApplied();
			}
			coded.place(teams, orgId, placements);
		}
		return report;
	}

	private static Verdict<AgentEntry, AgentView> judge(ImportRow<AgentEntry> row, Set<String> absentColumns, Known known,
			CodedTeams coded, Map<Long, Schedule> shifts) {
		AgentView existing = known.byEmail().get(lowerCase(row.entry().email()));
		AgentEntry current = existing == null ? null : entryOf(existing, coded, shifts);
		AgentEntry entry = current == null ? row.entry() : row.entry().keeping(current, absentColumns);
		List<String> errors = new ArrayList<>(row.errors());
		if (existing != null && !existing.active()) {
			errors.add("email: " + existing.email() + " belongs to a deactivated agent");
		}
		AgentView holder = entry.externalCode() == null ? null : known.byExternalCode().get(entry.externalCode());
		if (holder != null && holder != existing) {
			errors.add("externalCode: " + entry.externalCode() + " belongs to another agent, " + holder.email());
		}
		entry.teamCodes()
			.stream()
			.filter(code -> !coded.has(code))
			.forEach(code -> errors.add("teamCodes: no team has the code " + code));
		return Verdict.of(row, entry, entry.email(), existing, current,
				current == null ? List.of() : entry.clearedFrom(current), errors);
	}

	/** Carries out a valid row and answers the agent's id. */
	private long apply(long orgId, Verdict<AgentEntry, AgentView> verdict) {
		AgentEntry entry = verdict.entry();
		AgentView existing = verdict.existing();
		if (existing == null) {
			long created = agents.create(orgId, details(entry)).id();
			schedules.replace(orgId, ScheduleOwner.AGENT, created, entry.schedule());
			return created;
		}
		if (verdict.result() == Result.UPDATED) {
			agents.change(orgId, existing.id(), details(entry));
			if (entry.maxOpenContacts() == null && existing.maxOpenContacts() != null) {
				agents.limitOpenContacts(orgId, existing.id(), null);
			}
			schedules.replace(orgId, ScheduleOwner.AGENT, existing.id(), entry.schedule());
		}
		return existing.id();
	}

	/**
	 * Hibernate checks every entity it holds at each flush, and the agent service flushes once per
	 * row, so a long file would slow down with the square of its length: written rows are let go.
	 */
	private void forgetApplied() {
		entities.flush();
		entities.clear();
	}

	private static AgentDetails details(AgentEntry entry) {
		return new AgentDetails(entry.email(), entry.name(), entry.role(),
				entry.externalCode() == null ? "" : entry.externalCode(), entry.maxOpenContacts(), null);
	}

	private static AgentEntry entryOf(AgentView agent, CodedTeams coded, Map<Long, Schedule> shifts) {
		return new AgentEntry(agent.email(), agent.name(), agent.role(), agent.externalCode(),
				coded.codesOf(agent.id()), agent.maxOpenContacts(), shifts.get(agent.id()));
	}

	private static String lowerCase(String email) {
		return email.toLowerCase(Locale.ROOT);
	}

	/** The org's agents by the two things a row may collide on. */
	private record Known(Map<String, AgentView> byEmail, Map<String, AgentView> byExternalCode) {

		static Known of(List<AgentView> agents) {
			Known known = new Known(new HashMap<>(), new HashMap<>());
			for (AgentView agent : agents) {
				known.byEmail.put(lowerCase(agent.email()), agent);
				if (agent.externalCode() != null) {
					known.byExternalCode.put(agent.externalCode(), agent);
				}
			}
			return known;
		}
	}
}
