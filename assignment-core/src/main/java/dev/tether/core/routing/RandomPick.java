package dev.tether.core.routing;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.random.RandomGenerator;

import dev.tether.core.team.AgentId;

/** Any eligible member with equal chance; the generator comes in so tests can seed it. */
public record RandomPick(RandomGenerator random) implements RoutingStrategy {

	private static final List<SortKey> ORDER = List.of(SortKey.RANDOM);

	public RandomPick {
		Objects.requireNonNull(random, "random");
	}

	@Override
	public Optional<AgentId> pick(List<Candidate> eligible) {
		if (eligible.isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(eligible.get(random.nextInt(eligible.size())).agent());
	}

	@Override
	public List<SortKey> order() {
		return ORDER;
	}
}
