package dev.tether.persistence.routing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import dev.tether.core.routing.Router;
import dev.tether.core.routing.RoutingDecision;
import dev.tether.core.routing.Strategy;
import dev.tether.core.team.AgentId;
import dev.tether.persistence.contact.Conversation;
import dev.tether.persistence.log.ChangeSource;
import dev.tether.persistence.team.TeamMembers;
import dev.tether.persistence.team.Teams;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Routes a conversation within a team: the team's row lock serialises decisions for that team
 * on every instance, core's router picks among the members {@link CandidateWindow} finds, and the
 * pick's capacity is taken with a conditional update, so no conversation is given twice and no
 * agent goes past a cap.
 */
@Component
public class TeamRouting {

	private final Teams teams;

	private final TeamMembers members;

	private final CandidateWindow candidates;

	private final Router router;

	private final Assignments assignments;

	TeamRouting(Teams teams, TeamMembers members, CandidateWindow candidates, Router router, Assignments assignments) {
		this.teams = teams;
		this.members = members;
		this.candidates = candidates;
		this.router = router;
		this.assignments = assignments;
	}

	/**
	 * Assigns the conversation to the member the rule picks, or queues it in the team when nobody
	 * may take it now; a team without active members rejects it and leaves it as it was.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public RoutingDecision route(Conversation conversation, long teamId, TeamRule rule, ChangeSource source,
			String actor, Instant at) {
		teams.lock(teamId);
		if (!members.hasActiveMember(teamId)) {
			return new RoutingDecision.Rejected(RoutingDecision.Reason.TEAM_EMPTY);
		}
		Long agent = takeMember(teamId, rule, at, List.of());
		if (agent == null) {
			assignments.queue(conversation, teamId, at.plus(rule.queueTimeout()), source, actor, at, null);
			return new RoutingDecision.Queued();
		}
		assignments.assignRouted(conversation, agent, teamId, rule.unanswered(), source, actor, at, null);
		return new RoutingDecision.Assigned(new AgentId(agent));
	}

	/**
	 * Picks and takes the next member by the rule, advancing the rotation; null when nobody is
	 * eligible or the team is outside its hours. {@code excluded} are members it must not go to. The
	 * caller holds the team's lock.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	@Nullable
	Long takeMember(long teamId, TeamRule rule, Instant at, Collection<Long> excluded) {
		if (rule.routing().strategy() == Strategy.MANUAL || !rule.hours().openAt(at)) {
			return null;
		}
		var order = router.orderOf(rule.routing().strategy());
		Integer teamCap = rule.routing().maxOpenContacts();
		Long agent = assignments.takeFirstWithRoom(full -> router.pickFrom(rule.routing(),
				candidates.ofTeam(teamId, rule.routing(), order, at, 1, union(excluded, full))),
				teamCap == null ? Assignments.NO_TEAM_CAP : teamCap);
		if (agent != null) {
			members.markTurn(teamId, agent, teams.nextTurn(teamId));
		}
		return agent;
	}

	private static Collection<Long> union(Collection<Long> one, Collection<Long> other) {
		if (one.isEmpty()) {
			return other;
		}
		List<Long> both = new ArrayList<>(one);
		both.addAll(other);
		return both;
	}
}
