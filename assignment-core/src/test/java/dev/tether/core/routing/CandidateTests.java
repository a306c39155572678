package dev.tether.core.routing;

import static dev.tether.core.routing.Members.agent;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

import dev.tether.core.presence.PresenceStatus;

class CandidateTests {

	@Test
	void openConversationsCannotBeNegative() {
		assertThatIllegalArgumentException()
				.isThrownBy(() -> new Candidate(agent(1), true, true, PresenceStatus.ONLINE, -1, null, Turns.NEVER, 1));
	}

	@Test
	void agentCapacityCannotBeNegative() {
		assertThatIllegalArgumentException()
				.isThrownBy(() -> new Candidate(agent(1), true, true, PresenceStatus.ONLINE, 0, -1, Turns.NEVER, 1));
	}

	@Test
	void lastTurnCannotBeNegative() {
		assertThatIllegalArgumentException()
				.isThrownBy(() -> new Candidate(agent(1), true, true, PresenceStatus.ONLINE, 0, null, -1, 1));
	}

	@Test
	void positionCannotBeNegative() {
		assertThatIllegalArgumentException()
				.isThrownBy(() -> new Candidate(agent(1), true, true, PresenceStatus.ONLINE, 0, null, Turns.NEVER, -1));
	}
}
