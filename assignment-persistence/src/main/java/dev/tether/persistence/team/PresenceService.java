package dev.tether.persistence.team;

import java.time.Clock;
import java.time.Instant;

import dev.tether.core.presence.Departure;
import dev.tether.core.presence.PresenceStatus;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Agents' presence: what they declare, kept alive by heartbeats. An agent who becomes able to
 * work sets their teams' queues moving as soon as the change commits.
 */
@Service
public class PresenceService {

	private final AgentService agents;

	private final TeamMembers members;

	private final ApplicationEventPublisher events;

	private final PresenceTtl ttl;

	private final Clock clock;

	PresenceService(AgentService agents, TeamMembers members, ApplicationEventPublisher events, PresenceTtl ttl,
			Clock clock) {
		this.agents = agents;
		this.members = members;
		this.events = events;
		this.ttl = ttl;
		this.clock = clock;
	}

	@Transactional
	public AgentView declare(long orgId, long agentId, PresenceStatus status) {
		Agent agent = agents.agent(orgId, agentId);
		Instant now = clock.instant();
		PresenceStatus before = agent.presenceRecord().effectiveAt(now, ttl.value());
		agent.declare(status, now);
		// OFFLINE agents take work in teams that do not ask for online, so leaving AWAY counts too.
		if (status != PresenceStatus.AWAY && before != agent.presenceRecord().effectiveAt(now, ttl.value())) {
			announce(agent);
		}
		return AgentView.of(agent);
	}

	@Transactional
	public AgentView heartbeat(long orgId, long agentId) {
		Agent agent = agents.agent(orgId, agentId);
		Instant now = clock.instant();
		boolean wasOnline = isOnline(agent, now);
		agent.heartbeat(now);
		if (!wasOnline && isOnline(agent, now)) {
			announce(agent);
		}
		return AgentView.of(agent);
	}

	public PresenceStatus effective(AgentView agent) {
		return agent.presenceRecord().effectiveAt(clock.instant(), ttl.value());
	}

	/** Whether the agent would take work from a team that asks for online members: active, on shift, online. */
	public boolean available(AgentView agent) {
		return Departure.available(agent.active(), agent.presenceRecord(), agent.hours(), clock.instant(), ttl.value());
	}

	private boolean isOnline(Agent agent, Instant now) {
		return agent.presenceRecord().effectiveAt(now, ttl.value()) == PresenceStatus.ONLINE;
	}

	private void announce(Agent agent) {
		events.publishEvent(new TeamsMayTakeWork(members.teamIdsOf(agent.getId())));
	}
}
