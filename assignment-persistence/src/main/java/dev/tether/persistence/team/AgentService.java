package dev.tether.persistence.team;

import java.time.Clock;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import dev.tether.core.Refusal;
import dev.tether.core.access.Role;
import dev.tether.core.team.AgentReference;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creates, changes and deactivates an org's agents. */
@Service
public class AgentService {

	private final Agents agents;

	private final TeamMembers members;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	AgentService(Agents agents, TeamMembers members, ApplicationEventPublisher events, Clock clock) {
		this.agents = agents;
		this.members = members;
		this.events = events;
		this.clock = clock;
	}

	@Transactional
	public AgentView create(long orgId, AgentDetails details) {
		if (details.email() == null || details.name() == null) {
			throw Refusal.invalidInput("VALIDATION_FAILED", "email and name are required");
		}
		refuseIntegrationRole(details);
		refuseTakenIdentity(orgId, null, details);
		return AgentView.of(saveUnique(new Agent(orgId, details, clock.instant())));
	}

	@Transactional(readOnly = true)
	public AgentView get(long orgId, long agentId) {
		return AgentView.of(agent(orgId, agentId));
	}

	/** The agent to change, for the use cases of this feature. */
	Agent agent(long orgId, long agentId) {
		return agents.findByIdAndOrgId(agentId, orgId)
			.orElseThrow(() -> Refusal.notFound("AGENT_NOT_FOUND", "No agent " + agentId + " in this org"));
	}

	/**
	 * An agent named the way external systems name them: by id, by email, or by external code. A
	 * bare string is tried as each (as an email only when it has an {@code @}); one that names two
	 * different agents is refused as ambiguous rather than guessed. A path segment is an id first.
	 */
	@Transactional(readOnly = true)
	public AgentView find(long orgId, AgentReference reference) {
		String value = reference.value();
		AgentReference.Key key = reference.key();
		Map<AgentReference.Key, Agent> matches = new EnumMap<>(AgentReference.Key.class);
		if (key == AgentReference.Key.ID || key == AgentReference.Key.ANY || key == AgentReference.Key.ID_FIRST) {
			References.asId(value).flatMap(id -> agents.findByIdAndOrgId(id, orgId))
				.ifPresent(agent -> matches.put(AgentReference.Key.ID, agent));
		}
		if (key == AgentReference.Key.ID_FIRST && !matches.isEmpty()) {
			return AgentView.of(matches.get(AgentReference.Key.ID));
		}
		boolean anyKey = key == AgentReference.Key.ANY || key == AgentReference.Key.ID_FIRST;
		if (key == AgentReference.Key.EMAIL || (anyKey && value.contains("@"))) {
			agents.findByOrgIdAndEmailIgnoreCase(orgId, value)
				.ifPresent(agent -> matches.put(AgentReference.Key.EMAIL, agent));
		}
		if (key == AgentReference.Key.EXTERNAL_CODE || anyKey) {
			agents.findByOrgIdAndExternalCode(orgId, value)
				.ifPresent(agent -> matches.put(AgentReference.Key.EXTERNAL_CODE, agent));
		}
		return AgentView.of(References.single(matches, Agent::getId, "agent", reference.toString(),
				() -> Refusal.notFound("AGENT_NOT_FOUND", "No agent " + reference + " in this org")));
	}

	/** The agent a URL path segment names (its id first); a segment no name could be names nobody. */
	@Transactional(readOnly = true)
	public AgentView findInPath(long orgId, String segment) {
		AgentReference reference;
		try {
			reference = AgentReference.inPath(segment);
		}
		catch (IllegalArgumentException unnamable) {
			throw Refusal.notFound("AGENT_NOT_FOUND", "No agent with that name in this org");
		}
		return find(orgId, reference);
	}

	@Transactional(readOnly = true)
	public Page<AgentView> list(long orgId, Pageable page) {
		return agents.findByOrgId(orgId, page).map(AgentView::of);
	}

	/** Every agent of the org, deactivated ones included, by id: for whole-org work such as a sync. */
	@Transactional(readOnly = true)
	public List<AgentView> all(long orgId) {
		return agents.findByOrgIdOrderById(orgId).stream().map(AgentView::of).toList();
	}

	@Transactional
	public AgentView change(long orgId, long agentId, AgentDetails details) {
		refuseIntegrationRole(details);
		Agent agent = agent(orgId, agentId);
		refuseTakenIdentity(orgId, agent.getId(), details);
		agent.apply(details);
		events.publishEvent(new TeamsMayTakeWork(members.teamIdsOf(agentId)));
		return AgentView.of(saveUnique(agent));
	}

	/**
	 * Sets or lifts ({@code null}) the agent's own cap on open contacts, which {@link #change} cannot
	 * lift: there a null means "not given". A higher cap may let the agent's teams take queued work.
	 */
	@Transactional
	public AgentView limitOpenContacts(long orgId, long agentId, @Nullable Integer max) {
		Agent agent = agent(orgId, agentId);
		agent.limitOpenContacts(max);
		events.publishEvent(new TeamsMayTakeWork(members.teamIdsOf(agentId)));
		return AgentView.of(agent);
	}

	@Transactional
	public AgentView deactivate(long orgId, long agentId) {
		Agent agent = agent(orgId, agentId);
		agent.deactivate();
		events.publishEvent(new AgentDeactivated(agentId));
		return AgentView.of(agent);
	}

	private void refuseIntegrationRole(AgentDetails details) {
		if (details.role() == Role.INTEGRATION) {
			throw Refusal.invalidInput("VALIDATION_FAILED", "role: INTEGRATION is for tokens, not agents");
		}
	}

	private void refuseTakenIdentity(long orgId, Long self, AgentDetails details) {
		if (details.email() != null) {
			agents.findByOrgIdAndEmailIgnoreCase(orgId, details.email().strip())
				.filter(other -> !other.getId().equals(self))
				.ifPresent(other -> {
					throw Refusal.alreadyExists("AGENT_EXISTS", "An agent with email " + details.email() + " exists");
				});
		}
		if (details.externalCode() != null && !details.externalCode().isBlank()) {
			agents.findByOrgIdAndExternalCode(orgId, details.externalCode().strip())
				.filter(other -> !other.getId().equals(self))
				.ifPresent(other -> {
					throw Refusal.alreadyExists("AGENT_EXISTS",
							"An agent with external code " + details.externalCode() + " exists");
				});
		}
	}

	/** Two concurrent creations pass the checks above; the unique indexes settle who wins. */
	private Agent saveUnique(Agent agent) {
		try {
			return agents.saveAndFlush(agent);
		}
		catch (DataIntegrityViolationException ex) {
			throw Refusal.alreadyExists("AGENT_EXISTS", "An agent with that email or external code exists");
		}
	}
}
