package dev.tether.core.routing;

import java.util.List;
import java.util.Optional;

import dev.tether.core.team.AgentId;

/** Whoever has the fewest open conversations; equal loads are broken by rotation, exactly as {@link RoundRobin}. */
public record LeastOpenContacts() implements RoutingStrategy {

	private static final List<SortKey> ORDER = List.of(SortKey.OPEN_CONVERSATIONS, SortKey.LAST_TURN, SortKey.POSITION);

	@Override
	public Optional<AgentId> pick(List<Candidate> eligible) {
		return CandidateOrder.first(eligible, ORDER);
	}

	@Override
	public List<SortKey> order() {
		return ORDER;
	}
}
