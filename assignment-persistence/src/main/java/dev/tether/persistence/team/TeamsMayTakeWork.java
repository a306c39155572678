package dev.tether.persistence.team;

import java.util.Set;

/**
 * Someone in these teams may have become able to take a conversation: an agent came online,
 * freed capacity, joined, or a team's rule loosened. Queued conversations are routed once the
 * change commits.
 */
public record TeamsMayTakeWork(Set<Long> teamIds) {

	public static TeamsMayTakeWork team(long teamId) {
		return new TeamsMayTakeWork(Set.of(teamId));
	}
}
