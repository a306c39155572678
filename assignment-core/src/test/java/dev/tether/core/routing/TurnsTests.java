package dev.tether.core.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class TurnsTests {

	@Test
	void theFirstTurnComesAfterNever() {
		assertThat(Turns.next(Turns.NEVER)).isEqualTo(1);
	}

	@Test
	void eachTurnIsOneAfterTheTeamsLatest() {
		assertThat(Turns.next(41)).isEqualTo(42);
	}

	@Test
	void aNegativeTurnIsRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> Turns.next(-1));
	}
}
