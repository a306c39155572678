package dev.tether.api.sync;

import java.util.List;

import dev.tether.api.error.ProblemWriter;
import dev.tether.api.security.Caller;
import dev.tether.api.web.Downloads;
import dev.tether.core.access.Role;
import dev.tether.persistence.sync.AgentEntry;
import dev.tether.persistence.sync.AgentSync;
import dev.tether.persistence.sync.ImportReport;
import dev.tether.persistence.sync.TeamEntry;
import dev.tether.persistence.sync.TeamSync;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * CSV import, export and templates of agents and teams, for owners, admins and sync integrations.
 * An import answers its per-row report: {@code 200} once the whole file is applied, or
 * {@code 422 IMPORT_REJECTED} carrying the report when any row is invalid and nothing changed.
 * Bodies are read as UTF-8 whatever their declared type, so plain-text and binary uploads work too.
 */
@RestController
class SyncController {

	private static final AgentsSheet AGENTS = new AgentsSheet();

	private static final TeamsSheet TEAMS = new TeamsSheet();

	private final AgentSync agents;

	private final TeamSync teams;

	SyncController(AgentSync agents, TeamSync teams) {
		this.agents = agents;
		this.teams = teams;
	}

	@PostMapping(path = "/api/v1/agents/import", consumes = { "text/csv", "text/plain", "application/octet-stream" })
	ResponseEntity<Object> importAgents(Caller.Member caller, @RequestBody(required = false) byte @Nullable [] body) {
		long orgId = syncing(caller);
		return answer(agents.importRows(orgId, SyncFiles.read(orEmpty(body), AGENTS)));
	}

	@GetMapping("/api/v1/agents/import-template")
	ResponseEntity<byte[]> agentsTemplate(Caller.Member caller) {
		syncing(caller);
		return file("agents-import-template.csv", AGENTS, List.of(AGENTS.example()));
	}

	/** Active agents only: the file lists who works here now. */
	@GetMapping("/api/v1/agents/export")
	ResponseEntity<byte[]> exportAgents(Caller.Member caller) {
		List<AgentEntry> entries = agents.export(syncing(caller));
		return file("agents.csv", AGENTS, entries);
	}

	@PostMapping(path = "/api/v1/teams/import", consumes = { "text/csv", "text/plain", "application/octet-stream" })
	ResponseEntity<Object> importTeams(Caller.Member caller, @RequestBody(required = false) byte @Nullable [] body) {
		long orgId = syncing(caller);
		return answer(teams.importRows(orgId, SyncFiles.read(orEmpty(body), TEAMS)));
	}

	@GetMapping("/api/v1/teams/import-template")
	ResponseEntity<byte[]> teamsTemplate(Caller.Member caller) {
		syncing(caller);
		return file("teams-import-template.csv", TEAMS, List.of(TEAMS.example()));
	}

	/** Active teams that have a code: the ones a sync file can name. */
	@GetMapping("/api/v1/teams/export")
	ResponseEntity<byte[]> exportTeams(Caller.Member caller) {
		List<TeamEntry> entries = teams.export(syncing(caller));
		return file("teams.csv", TEAMS, entries);
	}

	/** The caller's org, once its token is known to be one that may sync. */
	private static long syncing(Caller.Member caller) {
		return caller.require(Role.OWNER, Role.ADMIN, Role.INTEGRATION).orgId();
	}

	private static byte[] orEmpty(byte @Nullable [] body) {
		return body == null ? new byte[0] : body;
	}

	private static <E> ResponseEntity<byte[]> file(String filename, Sheet<E> sheet, List<E> entries) {
		return Downloads.attachment(filename, Downloads.CSV, SyncFiles.write(sheet, entries));
	}

	private static ResponseEntity<Object> answer(ImportReport report) {
		if (report.applied()) {
			return ResponseEntity.ok(report);
		}
		ProblemDetail problem = ProblemWriter.problem(HttpStatus.UNPROCESSABLE_CONTENT, "IMPORT_REJECTED",
				"Nothing was changed: " + report.invalid() + " of " + report.rows().size()
						+ " rows are invalid, the first on line " + report.firstInvalidLine());
		problem.setProperty("report", report);
		return ResponseEntity.status(HttpStatus.UNPROCESSABLE_CONTENT).body(problem);
	}
}
