package dev.tether.persistence.schedule;

import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import dev.tether.core.routing.MoveReason;
import dev.tether.core.schedule.Availability;
import dev.tether.persistence.schedule.Schedules.Due;
import dev.tether.persistence.team.TeamsMayTakeWork;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The timer of every schedule boundary. Each schedule is a row of {@code schedule} that says when
 * it next changes, so a boundary is a row whose time has come; any instance polls for
 * them (a poll that finds none costs one index probe), locks them ({@code SKIP LOCKED}, so two
 * instances act on a boundary once, and routing's locks on teams and agents are never waited for),
 * writes what the schedule says from then on, and once that commits, the queues of teams that
 * opened, or that a member's shift opened in, are routed, oldest first. A restart or another
 * instance carries on from the rows themselves.
 */
@Component
public class ScheduleBoundaries {

	private static final int BATCH = 200;

	private final Schedules schedules;

	private final ScheduleService service;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ScheduleBoundaries(Schedules schedules, ScheduleService service, ApplicationEventPublisher events, Clock clock) {
		this.schedules = schedules;
		this.service = service;
		this.events = events;
		this.clock = clock;
	}

	/** Acts on every boundary that is due; answers how many schedules it moved on. */
	@Scheduled(fixedDelayString = "${tether.schedule.boundary-poll-interval:200ms}")
	@Transactional
	public int fire() {
		Instant now = clock.instant();
		Set<Long> opened = new HashSet<>();
		int fired = 0;
		for (ScheduleOwner owner : ScheduleOwner.values()) {
			List<Due> due = schedules.lockDue(owner, now, BATCH);
			for (Due boundary : due) {
				Availability after = boundary.schedule().availabilityAt(now);
				schedules.keep(owner, boundary.id(), after);
				if (!boundary.wasOpen() && after.open()) {
					opened.addAll(service.teamsOf(owner, boundary.id()));
				}
			}
			fired += due.size();
		}
		if (!opened.isEmpty()) {
			events.publishEvent(new TeamsMayTakeWork(opened, MoveReason.SCHEDULE_OPENED));
		}
		return fired;
	}
}
