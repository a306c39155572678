package dev.tether.core.routing;

import java.util.List;
import java.util.Optional;

import dev.tether.core.team.AgentId;

/**
 * Strict rotation in a stable order: the least recently assigned member goes first, ties by position.
 * A member skipped while ineligible keeps their old turn, so they are first in line when they come back;
 * a newcomer has never had a turn, so they are served next.
 */
public record RoundRobin() implements RoutingStrategy {

	private static final List<SortKey> ORDER = List.of(SortKey.LAST_TURN, SortKey.POSITION);

	@Override
	public Optional<AgentId> pick(List<Candidate> eligible) {
		return CandidateOrder.first(eligible, ORDER);
	}

	@Override
	public List<SortKey> order() {
		return ORDER;
	}
}
