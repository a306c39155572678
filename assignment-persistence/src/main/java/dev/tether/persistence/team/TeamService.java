package dev.tether.persistence.team;

import java.time.Clock;
import java.util.HashMap;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.tether.core.Refusal;
import dev.tether.core.team.TeamReference;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creates and changes an org's teams and their membership. */
@Service
public class TeamService {

	private final Teams teams;

	private final TeamMembers members;

	private final Agents agents;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	TeamService(Teams teams, TeamMembers members, Agents agents, ApplicationEventPublisher events, Clock clock) {
		this.teams = teams;
		this.members = members;
		this.agents = agents;
		this.events = events;
		this.clock = clock;
	}

	@Transactional
	public TeamView create(long orgId, TeamDetails details, List<Long> memberIds) {
		if (details.name() == null || details.strategy() == null) {
			throw Refusal.invalidInput("VALIDATION_FAILED", "name and strategy are required");
		}
		refuseTakenCode(orgId, null, details);
		Team team = saveUnique(new Team(orgId, details, clock.instant()));
		replaceMembers(orgId, team.getId(), memberIds);
		return TeamView.of(team);
	}

	@Transactional(readOnly = true)
	public TeamView get(long orgId, long teamId) {
		return TeamView.of(team(orgId, teamId));
	}

	private Team team(long orgId, long teamId) {
		return teams.findByIdAndOrgIdAndActiveTrue(teamId, orgId)
			.orElseThrow(() -> Refusal.notFound("TEAM_NOT_FOUND", "No team " + teamId + " in this org"));
	}

	/**
	 * An active team named by id or by code. A bare string is tried as both; one that names two
	 * different teams is refused as ambiguous rather than guessed. A path segment is an id first.
	 */
	@Transactional(readOnly = true)
	public TeamView find(long orgId, TeamReference reference) {
		String value = reference.value();
		Map<TeamReference.Key, Team> matches = new EnumMap<>(TeamReference.Key.class);
		if (reference.key() != TeamReference.Key.CODE) {
			References.asId(value).flatMap(id -> teams.findByIdAndOrgIdAndActiveTrue(id, orgId))
				.ifPresent(team -> matches.put(TeamReference.Key.ID, team));
		}
		if (reference.key() == TeamReference.Key.ID_FIRST && !matches.isEmpty()) {
			return TeamView.of(matches.get(TeamReference.Key.ID));
		}
		if (reference.key() != TeamReference.Key.ID) {
			teams.findByOrgIdAndCodeAndActiveTrue(orgId, value)
				.ifPresent(team -> matches.put(TeamReference.Key.CODE, team));
		}
		return TeamView.of(References.single(matches, Team::getId, "team", reference.toString(),
				() -> Refusal.notFound("TEAM_NOT_FOUND", "No team " + reference + " in this org")));
	}

	/** The active team a URL path segment names (its id first); a segment no name could be names no team. */
	@Transactional(readOnly = true)
	public TeamView findInPath(long orgId, String segment) {
		TeamReference reference;
		try {
			reference = TeamReference.inPath(segment);
		}
		catch (IllegalArgumentException unnamable) {
			throw Refusal.notFound("TEAM_NOT_FOUND", "No team with that name in this org");
		}
		return find(orgId, reference);
	}

	/** The name of any team, deleted ones included: old codes and history still name them. */
	@Transactional(readOnly = true)
	public String nameOf(long teamId) {
		return teams.findById(teamId).orElseThrow().getName();
	}

	@Transactional(readOnly = true)
	public List<TeamView> list(long orgId) {
		return teams.findByOrgIdAndActiveTrueOrderById(orgId).stream().map(TeamView::of).toList();
	}

	/** The active teams the agent belongs to, by id. */
	@Transactional(readOnly = true)
	public List<TeamView> teamsOf(long orgId, long agentId) {
		Set<Long> theirs = members.teamIdsOf(agentId);
		return teams.findByOrgIdAndActiveTrueOrderById(orgId)
			.stream()
			.filter(team -> theirs.contains(team.getId()))
			.map(TeamView::of)
			.toList();
	}

	@Transactional(readOnly = true)
	public List<AgentView> activeMembers(long orgId, long teamId) {
		return members.activeMembers(team(orgId, teamId).getId()).stream().map(AgentView::of).toList();
	}

	@Transactional(readOnly = true)
	public boolean hasMember(long teamId, long agentId) {
		return members.existsByTeamIdAndAgentId(teamId, agentId);
	}

	@Transactional(readOnly = true)
	public List<Long> memberIds(long teamId) {
		return members.findByTeamIdOrderByPosition(teamId).stream().map(TeamMember::getAgentId).toList();
	}

	@Transactional
	public TeamView change(long orgId, long teamId, TeamDetails details) {
		Team team = team(orgId, teamId);
		refuseTakenCode(orgId, team.getId(), details);
		team.apply(details);
		events.publishEvent(TeamsMayTakeWork.team(teamId));
		return TeamView.of(saveUnique(team));
	}

	/**
	 * Sets or lifts ({@code null}) the team's cap per member, which {@link #change} cannot lift:
	 * there a null means "not given". A higher cap may let the team take queued work.
	 */
	@Transactional
	public TeamView limitOpenContacts(long orgId, long teamId, @Nullable Integer max) {
		Team team = team(orgId, teamId);
		team.limitOpenContacts(max);
		events.publishEvent(TeamsMayTakeWork.team(teamId));
		return TeamView.of(team);
	}

	@Transactional
	public void delete(long orgId, long teamId) {
		team(orgId, teamId).deactivate();
	}

	/**
	 * Makes the team's members exactly {@code agentIds}. Members who stay keep their place and
	 * turn, so the rotation stays fair; newcomers join at the end.
	 */
	@Transactional
	public void replaceMembers(long orgId, long teamId, List<Long> agentIds) {
		get(orgId, teamId);
		Set<Long> wanted = new LinkedHashSet<>(agentIds);
		Map<Long, Agent> known = new HashMap<>();
		agents.findByOrgIdAndIdIn(orgId, wanted).forEach(agent -> known.put(agent.getId(), agent));
		for (Long id : wanted) {
			if (!known.containsKey(id)) {
				throw Refusal.notFound("AGENT_NOT_FOUND", "No agent " + id + " in this org");
			}
		}
		List<TeamMember> current = members.findByTeamIdOrderByPosition(teamId);
		current.stream().filter(member -> !wanted.contains(member.getAgentId())).forEach(members::delete);
		Set<Long> staying = new HashSet<>();
		current.forEach(member -> staying.add(member.getAgentId()));
		long position = members.lastPosition(teamId);
		for (Long id : wanted) {
			if (!staying.contains(id)) {
				members.save(new TeamMember(teamId, known.get(id), ++position));
			}
		}
		events.publishEvent(TeamsMayTakeWork.team(teamId));
	}

	private void refuseTakenCode(long orgId, Long self, TeamDetails details) {
		if (details.code() != null && !details.code().isBlank()) {
			teams.findByOrgIdAndCodeAndActiveTrue(orgId, details.code().strip())
				.filter(other -> !other.getId().equals(self))
				.ifPresent(other -> {
					throw Refusal.alreadyExists("TEAM_EXISTS", "A team with code " + details.code() + " exists");
				});
		}
	}

	private Team saveUnique(Team team) {
		try {
			return teams.saveAndFlush(team);
		}
		catch (DataIntegrityViolationException ex) {
			throw Refusal.alreadyExists("TEAM_EXISTS", "A team with that code exists");
		}
	}
}
