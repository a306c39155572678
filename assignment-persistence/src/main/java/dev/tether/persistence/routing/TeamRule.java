package dev.tether.persistence.routing;

import java.time.Duration;

import dev.tether.core.routing.RoutingRule;
import dev.tether.persistence.team.TeamView;

/** A team's routing rule and how long a conversation may wait in its queue. */
public record TeamRule(RoutingRule routing, Duration queueTimeout) {

	public static TeamRule of(TeamView team) {
		return new TeamRule(team.rule(), Duration.ofSeconds(team.queueTimeoutSeconds()));
	}
}
