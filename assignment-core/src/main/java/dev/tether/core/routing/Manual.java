package dev.tether.core.routing;

import java.util.List;
import java.util.Optional;

import dev.tether.core.team.AgentId;

/** Nobody is picked automatically: a person assigns the conversation by hand. */
public record Manual() implements RoutingStrategy {

	@Override
	public Optional<AgentId> pick(List<Candidate> eligible) {
		return Optional.empty();
	}

	@Override
	public List<SortKey> order() {
		return List.of();
	}
}
