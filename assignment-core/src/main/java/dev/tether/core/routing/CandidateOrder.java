package dev.tether.core.routing;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import dev.tether.core.team.AgentId;

/** Applies deterministic sort keys in memory, so the ordered strategies pick exactly as their keys say. */
final class CandidateOrder {

	private CandidateOrder() {
	}

	/** The member who comes first under the keys, if anyone is eligible. */
	static Optional<AgentId> first(List<Candidate> eligible, List<SortKey> keys) {
		return eligible.stream().min(comparing(keys)).map(Candidate::agent);
	}

	static Comparator<Candidate> comparing(List<SortKey> keys) {
		return keys.stream().map(CandidateOrder::comparing).reduce(Comparator::thenComparing).orElseThrow();
	}

	private static Comparator<Candidate> comparing(SortKey key) {
		return switch (key) {
			case OPEN_CONVERSATIONS -> Comparator.comparingInt(Candidate::openConversations);
			case LAST_TURN -> Comparator.comparingLong(Candidate::lastTurn);
			case POSITION -> Comparator.comparingLong(Candidate::position);
			case RANDOM -> throw new IllegalArgumentException("a random order has no comparator");
		};
	}
}
