package dev.tether.persistence.routing;

import java.time.Instant;
import java.util.List;

import dev.tether.core.routing.MoveReason;
import dev.tether.persistence.contact.Conversation;
import dev.tether.persistence.log.ChangeSource;
import dev.tether.persistence.team.Team;
import dev.tether.persistence.team.TeamView;
import dev.tether.persistence.team.Teams;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Takes a routed conversation off its holder, for a rule's reason: back to the front of its team's
 * queue (the place it had when it entered the team), then at once to another eligible member,
 * never the one it leaves; with nobody else eligible it waits in the queue. Both moves are logged
 * and announced with the reason. The caller holds the contact's lock.
 */
@Component
class Rerouting {

	private static final String ACTOR = "rule";

	private final Teams teams;

	private final TeamRouting routing;

	private final Assignments assignments;

	Rerouting(Teams teams, TeamRouting routing, Assignments assignments) {
		this.teams = teams;
		this.routing = routing;
		this.assignments = assignments;
	}

	@Transactional(propagation = Propagation.MANDATORY)
	void moveOn(Conversation conversation, long leaving, MoveReason reason, Instant now) {
		Long teamId = conversation.getTeamId();
		if (teamId == null) {
			return;
		}
		teams.lock(teamId);
		Team team = teams.findById(teamId).filter(Team::isActive).orElse(null);
		if (team == null) {
			return;
		}
		TeamRule rule = TeamRule.of(TeamView.of(team));
		assignments.requeue(conversation, teamId, now.plus(rule.queueTimeout()), reason, now);
		Long next = routing.takeMember(teamId, rule, now, conversation.getPassedOverAgentId() == null ? List.of(leaving)
				: List.of(leaving, conversation.getPassedOverAgentId()));
		if (next != null) {
			assignments.assignRouted(conversation, next, teamId, rule.unanswered(), ChangeSource.RULE, ACTOR, now, reason);
		}
	}
}
