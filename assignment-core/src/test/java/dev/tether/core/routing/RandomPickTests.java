package dev.tether.core.routing;

import static dev.tether.core.routing.Members.aTeamOf;
import static dev.tether.core.routing.Members.agent;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import dev.tether.core.team.AgentId;

class RandomPickTests {

	private final RandomPick random = new RandomPick(new SplittableRandom(20240601L));

	@Test
	void eachOfFourMembersGetsBetweenTwentyAndThirtyPercentOfTenThousandConversations() {
		List<Candidate> team = aTeamOf(4);

		Map<AgentId, Long> counts = IntStream.range(0, 10_000)
				.mapToObj(i -> random.pick(team).orElseThrow())
				.collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));

		assertThat(counts).containsOnlyKeys(agent(1), agent(2), agent(3), agent(4));
		assertThat(counts.values()).allSatisfy(count -> assertThat(count).isBetween(2_000L, 3_000L));
	}

	@Test
	void picksOnlyAmongTheMembersItIsGiven() {
		List<Candidate> eligible = List.of(aTeamOf(4).get(1), aTeamOf(4).get(3));

		assertThat(IntStream.range(0, 1_000).mapToObj(i -> random.pick(eligible).orElseThrow()))
				.containsOnly(agent(2), agent(4));
	}

	@Test
	void nobodyIsPickedWhenNobodyIsEligible() {
		assertThat(random.pick(List.of())).isEmpty();
	}

	@Test
	void ordersRandomly() {
		assertThat(random.order()).containsExactly(SortKey.RANDOM);
	}
}
