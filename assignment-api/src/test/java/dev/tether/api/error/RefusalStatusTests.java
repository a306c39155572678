package dev.tether.api.error;

import java.util.Arrays;

import dev.tether.core.Refusal;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

import static org.assertj.core.api.Assertions.assertThat;

class RefusalStatusTests {

	/** A kind without a status would answer 500 instead of the refusal's problem. */
	@Test
	void everyKindOfRefusalHasAClientErrorOrUnavailableStatus() {
		assertThat(Arrays.stream(Refusal.Kind.values()).map(kind -> RefusalStatus.of(new Refusal(kind, "CODE", "detail"))))
			.allSatisfy(status -> assertThat(status).isNotNull()
				.matches(answer -> answer.is4xxClientError() || answer == HttpStatus.SERVICE_UNAVAILABLE));
	}

	@Test
	void aStateConflictIsAConflictLikeADuplicate() {
		assertThat(RefusalStatus.of(Refusal.conflict("CONVERSATION_TAKEN", "taken"))).isEqualTo(HttpStatus.CONFLICT);
		assertThat(RefusalStatus.of(Refusal.alreadyExists("AGENT_EXISTS", "exists"))).isEqualTo(HttpStatus.CONFLICT);
	}
}
