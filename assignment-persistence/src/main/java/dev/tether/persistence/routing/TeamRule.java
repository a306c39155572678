package dev.tether.persistence.routing;

import java.time.Duration;

import dev.tether.core.routing.RoutingRule;
import dev.tether.core.routing.UnansweredRule;
import dev.tether.core.schedule.Availability;
import dev.tether.persistence.team.TeamView;

/**
 * A team's routing rule, how long a conversation may wait in its queue, the team's hours, and how
 * long its assignee has to answer.
 */
public record TeamRule(RoutingRule routing, Duration queueTimeout, Availability hours, UnansweredRule unanswered) {

	public static TeamRule of(TeamView team) {
		return new TeamRule(team.rule(), Duration.ofSeconds(team.queueTimeoutSeconds()), team.hours(),
				team.unansweredRule());
	}
}
