package dev.tether.api.schedule;

import java.time.Clock;
import java.time.Instant;

import dev.tether.api.binding.BindingCodeAccess;
import dev.tether.api.error.InvalidFields;
import dev.tether.api.error.ProblemWriter.FieldError;
import dev.tether.api.security.Caller;
import dev.tether.core.Refusal;
import dev.tether.core.access.Role;
import dev.tether.core.schedule.Availability;
import dev.tether.core.schedule.Schedule;
import dev.tether.core.schedule.ScheduleForm;
import dev.tether.persistence.schedule.ScheduleOwner;
import dev.tether.persistence.schedule.ScheduleService;
import dev.tether.persistence.team.AgentService;
import dev.tether.persistence.team.TeamService;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/teams/{ref}/schedule} and {@code /api/v1/agents/{ref}/schedule}: set by owners,
 * admins and integrations, and by a manager for their teams and those teams' members; read, and
 * asked about an instant ({@code /availability}), by anyone in the org.
 */
@RestController
public class ScheduleController {

	private final ScheduleService schedules;

	private final TeamService teams;

	private final AgentService agents;

	private final BindingCodeAccess access;

	private final Clock clock;

	ScheduleController(ScheduleService schedules, TeamService teams, AgentService agents, BindingCodeAccess access,
			Clock clock) {
		this.schedules = schedules;
		this.teams = teams;
		this.agents = agents;
		this.access = access;
		this.clock = clock;
	}

	@PutMapping("/api/v1/teams/{ref}/schedule")
	ScheduleForm setTeams(Caller.Member caller, @PathVariable String ref, @RequestBody ScheduleForm body) {
		long team = teams.findInPath(caller.orgId(), ref).id();
		requireManagerOfTeam(caller, team);
		return stored(caller, ScheduleOwner.TEAM, team, body);
	}

	@PutMapping("/api/v1/agents/{ref}/schedule")
	ScheduleForm setAgents(Caller.Member caller, @PathVariable String ref, @RequestBody ScheduleForm body) {
		long agent = agents.findInPath(caller.orgId(), ref).id();
		requireManagerOfAgent(caller, agent);
		return stored(caller, ScheduleOwner.AGENT, agent, body);
	}

	@GetMapping("/api/v1/teams/{ref}/schedule")
	ScheduleForm teams(Caller.Member caller, @PathVariable String ref) {
		return ScheduleForm.of(schedules.get(caller.orgId(), ScheduleOwner.TEAM, teams.findInPath(caller.orgId(), ref).id()));
	}

	@GetMapping("/api/v1/agents/{ref}/schedule")
	ScheduleForm agents(Caller.Member caller, @PathVariable String ref) {
		return ScheduleForm
			.of(schedules.get(caller.orgId(), ScheduleOwner.AGENT, agents.findInPath(caller.orgId(), ref).id()));
	}

	@DeleteMapping("/api/v1/teams/{ref}/schedule")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void removeTeams(Caller.Member caller, @PathVariable String ref) {
		long team = teams.findInPath(caller.orgId(), ref).id();
		requireManagerOfTeam(caller, team);
		schedules.replace(caller.orgId(), ScheduleOwner.TEAM, team, null);
	}

	@DeleteMapping("/api/v1/agents/{ref}/schedule")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void removeAgents(Caller.Member caller, @PathVariable String ref) {
		long agent = agents.findInPath(caller.orgId(), ref).id();
		requireManagerOfAgent(caller, agent);
		schedules.replace(caller.orgId(), ScheduleOwner.AGENT, agent, null);
	}

	@GetMapping("/api/v1/teams/{ref}/availability")
	Availability teamsAvailability(Caller.Member caller, @PathVariable String ref,
			@RequestParam(required = false) @Nullable Instant at) {
		return schedules.availability(caller.orgId(), ScheduleOwner.TEAM, teams.findInPath(caller.orgId(), ref).id(),
				at == null ? clock.instant() : at);
	}

	@GetMapping("/api/v1/agents/{ref}/availability")
	Availability agentsAvailability(Caller.Member caller, @PathVariable String ref,
			@RequestParam(required = false) @Nullable Instant at) {
		return schedules.availability(caller.orgId(), ScheduleOwner.AGENT, agents.findInPath(caller.orgId(), ref).id(),
				at == null ? clock.instant() : at);
	}

	/** Keeps the body's schedule, and answers it as it is kept. */
	private ScheduleForm stored(Caller.Member caller, ScheduleOwner owner, long id, ScheduleForm body) {
		Schedule schedule = read(body);
		schedules.replace(caller.orgId(), owner, id, schedule);
		return ScheduleForm.of(schedule);
	}

	private static Schedule read(ScheduleForm body) {
		ScheduleForm.Reading reading = body.read();
		if (reading instanceof ScheduleForm.Reading.Invalid invalid) {
			throw new InvalidFields(invalid.problems()
				.stream()
				.map(problem -> new FieldError(problem.field(), problem.message()))
				.toList());
		}
		return ((ScheduleForm.Reading.Valid) reading).schedule();
	}

	private void requireManagerOfTeam(Caller.Member caller, long team) {
		if (caller.is(Role.OWNER, Role.ADMIN, Role.INTEGRATION) || access.managesTeam(caller, team)) {
			return;
		}
		throw Refusal.forbidden("Only owners, admins, integrations and the team's managers set its hours");
	}

	private void requireManagerOfAgent(Caller.Member caller, long agent) {
		if (caller.is(Role.OWNER, Role.ADMIN, Role.INTEGRATION)) {
			return;
		}
		if (caller.role() == Role.MANAGER
				&& teams.teamsOf(caller.orgId(), agent).stream().anyMatch(team -> access.managesTeam(caller, team.id()))) {
			return;
		}
		throw Refusal.forbidden("Only owners, admins, integrations and the agent's managers set their shifts");
	}
}
