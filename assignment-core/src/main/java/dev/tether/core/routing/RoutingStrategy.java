package dev.tether.core.routing;

import java.util.List;
import java.util.Optional;
import java.util.random.RandomGenerator;

import dev.tether.core.team.AgentId;

/**
 * Picks one member among those eligible right now. Each strategy also states its ordering as data, so
 * persistence can make the same pick in a single query.
 */
public sealed interface RoutingStrategy permits Manual, RoundRobin, LeastOpenContacts, RandomPick {

	/** The member to assign, or empty when the strategy picks nobody from these members. */
	Optional<AgentId> pick(List<Candidate> eligible);

	/** The ascending keys whose first member is the pick; empty when the strategy never picks. */
	List<SortKey> order();

	/** The behaviour behind a configured strategy; randomness comes in so tests can fix it. */
	static RoutingStrategy of(Strategy strategy, RandomGenerator random) {
		return switch (strategy) {
			case MANUAL -> new Manual();
			case ROUND_ROBIN -> new RoundRobin();
			case LEAST_OPEN -> new LeastOpenContacts();
			case RANDOM -> new RandomPick(random);
		};
	}
}
