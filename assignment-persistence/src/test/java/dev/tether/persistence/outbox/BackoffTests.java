package dev.tether.persistence.outbox;

import java.time.Duration;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class BackoffTests {

	@Test
	void itDoublesFromTheFirstWaitUpToTheLongest() {
		Backoff replies = new Backoff(Duration.ofMillis(500), Duration.ofSeconds(8));

		assertThat(IntStream.rangeClosed(0, 7).mapToObj(replies::after).map(Duration::toMillis))
			.containsExactly(500L, 500L, 1_000L, 2_000L, 4_000L, 8_000L, 8_000L, 8_000L);
	}

	@Test
	void aLongRunOfFailuresWaitsTheLongestAndNoMore() {
		Backoff events = new Backoff(Duration.ofSeconds(1), Duration.ofHours(1));

		assertThat(events.after(12)).isEqualTo(Duration.ofSeconds(2_048));
		assertThat(events.after(13)).isEqualTo(Duration.ofHours(1));
		assertThat(events.after(Integer.MAX_VALUE)).isEqualTo(Duration.ofHours(1));
	}

	@Test
	void aBackoffThatDoesNotWaitOrShrinksIsRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> new Backoff(Duration.ZERO, Duration.ofSeconds(1)));
		assertThatIllegalArgumentException().isThrownBy(() -> new Backoff(Duration.ofSeconds(2), Duration.ofSeconds(1)));
	}
}
