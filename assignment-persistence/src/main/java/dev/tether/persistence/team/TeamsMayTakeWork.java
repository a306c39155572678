package dev.tether.persistence.team;

import java.util.Set;

import dev.tether.core.routing.MoveReason;
import org.jspecify.annotations.Nullable;

/**
 * Someone in these teams may have become able to take a conversation: an agent came online,
 * freed capacity, joined, a team's rule loosened, or a schedule opened ({@code reason}, which the
 * moves it leads to are logged with). Queued conversations are routed once the change commits.
 */
public record TeamsMayTakeWork(Set<Long> teamIds, @Nullable MoveReason reason) {

	public TeamsMayTakeWork(Set<Long> teamIds) {
		this(teamIds, null);
	}

	public static TeamsMayTakeWork team(long teamId) {
		return new TeamsMayTakeWork(Set.of(teamId));
	}
}
