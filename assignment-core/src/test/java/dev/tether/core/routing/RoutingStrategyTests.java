package dev.tether.core.routing;

import static dev.tether.core.routing.Members.aTeamOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;

import org.junit.jupiter.api.Test;

class RoutingStrategyTests {

	private final RandomGenerator random = new SplittableRandom(3);

	@Test
	void eachConfiguredStrategyHasItsBehaviour() {
		assertThat(RoutingStrategy.of(Strategy.MANUAL, random)).isEqualTo(new Manual());
		assertThat(RoutingStrategy.of(Strategy.ROUND_ROBIN, random)).isEqualTo(new RoundRobin());
		assertThat(RoutingStrategy.of(Strategy.LEAST_OPEN, random)).isEqualTo(new LeastOpenContacts());
		assertThat(RoutingStrategy.of(Strategy.RANDOM, random)).isEqualTo(new RandomPick(random));
	}

	@Test
	void manualPicksNobodyAndHasNoOrder() {
		Manual manual = new Manual();

		assertThat(manual.pick(aTeamOf(3))).isEmpty();
		assertThat(manual.order()).isEmpty();
	}

	@Test
	void aRandomKeyCannotBeAppliedAsAFixedOrder() {
		assertThatIllegalArgumentException()
				.isThrownBy(() -> CandidateOrder.first(aTeamOf(3), List.of(SortKey.RANDOM)));
	}
}
