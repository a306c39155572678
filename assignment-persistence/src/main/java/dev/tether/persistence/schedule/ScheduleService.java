package dev.tether.persistence.schedule;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import dev.tether.core.Refusal;
import dev.tether.core.routing.MoveReason;
import dev.tether.core.schedule.Availability;
import dev.tether.core.schedule.Schedule;
import dev.tether.persistence.team.AgentService;
import dev.tether.persistence.team.TeamMembers;
import dev.tether.persistence.team.TeamService;
import dev.tether.persistence.team.TeamsMayTakeWork;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Setting, reading and removing a team's or an agent's schedule, and asking it about an instant.
 * A schedule that opens on being set (or removed: always available) moves the queues it holds back.
 */
@Service
public class ScheduleService {

	private final Schedules schedules;

	private final TeamService teams;

	private final AgentService agents;

	private final TeamMembers members;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ScheduleService(Schedules schedules, TeamService teams, AgentService agents, TeamMembers members,
			ApplicationEventPublisher events, Clock clock) {
		this.schedules = schedules;
		this.teams = teams;
		this.agents = agents;
		this.members = members;
		this.events = events;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public Schedule get(long orgId, ScheduleOwner owner, long id) {
		Schedule schedule = find(orgId, owner, id);
		if (schedule == null) {
			throw Refusal.notFound("SCHEDULE_NOT_FOUND",
					"The " + owner.table() + " " + id + " has no schedule: it is always available");
		}
		return schedule;
	}

	/** The schedule, or {@code null} when the team or agent has none. */
	@Transactional(readOnly = true)
	public @Nullable Schedule find(long orgId, ScheduleOwner owner, long id) {
		return schedules.of(owner, existing(orgId, owner, id));
	}

	/** Open or not at {@code at}, and when that next changes; without a schedule, always open. */
	@Transactional(readOnly = true)
	public Availability availability(long orgId, ScheduleOwner owner, long id, Instant at) {
		Schedule schedule = find(orgId, owner, id);
		return schedule == null ? Availability.ALWAYS : schedule.availabilityAt(at);
	}

	/** Every schedule of the org's teams or agents, by their id. */
	@Transactional(readOnly = true)
	public Map<Long, Schedule> allOf(long orgId, ScheduleOwner owner) {
		return schedules.allOf(owner, orgId);
	}

	/**
	 * Sets the schedule, or removes it when {@code schedule} is null (always available again); the
	 * same schedule again, or removing none, is no change.
	 */
	@Transactional
	public void replace(long orgId, ScheduleOwner owner, long id, @Nullable Schedule schedule) {
		existing(orgId, owner, id);
		Instant now = clock.instant();
		Schedule before = schedules.of(owner, id);
		if (Objects.equals(before, schedule)) {
			return;
		}
		boolean wasOpen = before == null || before.openAt(now);
		Availability after = schedule == null ? Availability.ALWAYS : schedule.availabilityAt(now);
		schedules.store(owner, id, schedule, after, now);
		if (!wasOpen && after.open()) {
			events.publishEvent(new TeamsMayTakeWork(teamsOf(owner, id), MoveReason.SCHEDULE_OPENED));
		}
	}

	/** A team's opening moves its own queue; an agent's, the queues of every team they are in. */
	Set<Long> teamsOf(ScheduleOwner owner, long id) {
		return owner == ScheduleOwner.TEAM ? Set.of(id) : members.teamIdsOf(id);
	}

	/** The id, once it is known to name a team (not deleted) or an agent of this org. */
	private long existing(long orgId, ScheduleOwner owner, long id) {
		return owner == ScheduleOwner.TEAM ? teams.get(orgId, id).id() : agents.get(orgId, id).id();
	}
}
