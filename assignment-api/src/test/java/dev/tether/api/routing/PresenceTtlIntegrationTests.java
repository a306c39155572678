package dev.tether.api.routing;

import java.time.Duration;
import java.util.Map;

import dev.tether.api.support.MovableClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With a presence TTL of 2 s: ONLINE holds only while heartbeats keep coming. The application's
 * clock is moved past the TTL rather than waited for.
 */
@TestPropertySource(properties = "tether.presence-ttl=2s")
@Import(MovableClock.Setup.class)
class PresenceTtlIntegrationTests extends RoutingScenario {

	private static final Duration PAST_THE_TTL = Duration.ofMillis(2_001);

	@Autowired
	private MovableClock clock;

	@Test
	void anOnlineAgentWithoutHeartbeatsCountsAsOfflineAndTakesNoWorkInAnOnlineOnlyTeam() {
		String alice = org.anAgent("Alice Chen");
		useDefaultTeam(org.aTeam("Sales", Map.of("onlineOnly", true), alice));
		declare(alice, "ONLINE");
		assertThat(presenceOf(alice)).isEqualTo("ONLINE");

		clock.advance(PAST_THE_TTL);
		assertThat(presenceOf(alice)).isEqualTo("OFFLINE");
		Chat chat = aNewConversation();

		assertThat(statusOf(chat.id())).isEqualTo("QUEUED");
		assertThat(openConversationsOf(alice)).isZero();
		JsonNode presence = expect(200, api.post("/api/v1/agents/" + alice + "/heartbeat", org.aToken("AGENT", alice),
				null)).json();
		assertThat(presence.path("status").asString()).isEqualTo("ONLINE");
		assertThat(presence.path("declared").asString()).isEqualTo("ONLINE");
	}

	@Test
	void heartbeatsKeepAnAgentOnlineBeyondTheTtl() {
		String alice = org.anAgent("Alice Chen");
		useDefaultTeam(org.aTeam("Sales", Map.of("onlineOnly", true), alice));
		declare(alice, "ONLINE");

		for (int beat = 0; beat < 10; beat++) {
			clock.advance(Duration.ofMillis(1_500));
			heartbeat(alice);
			assertThat(presenceOf(alice)).isEqualTo("ONLINE");
		}
		Chat chat = aNewConversation();

		assertThat(statusOf(chat.id())).isEqualTo("ASSIGNED");
		assertThat(holderOf(chat.id())).isEqualTo(alice);
	}

	@Test
	void aHeartbeatRevivesAnExpiredAgentWhoTakesTheQueueAtOnce() {
		String alice = org.anAgent("Alice Chen");
		String team = org.aTeam("Sales", Map.of("onlineOnly", true), alice);
		useDefaultTeam(team);
		declare(alice, "ONLINE");
		clock.advance(PAST_THE_TTL);
		assertThat(presenceOf(alice)).isEqualTo("OFFLINE");
		Chat chat = aNewConversation();
		assertThat(statusOf(chat.id())).isEqualTo("QUEUED");

		heartbeat(alice);

		assertThat(presenceOf(alice)).isEqualTo("ONLINE");
		JsonNode conversation = conversation(chat.id());
		assertThat(conversation.path("status").asString()).isEqualTo("ASSIGNED");
		assertThat(conversation.path("agentId").asString()).isEqualTo(alice);
		assertThat(conversation.path("teamId").asString()).isEqualTo(team);
	}

	@Test
	void anExpiredAgentStillTakesWorkInATeamThatDoesNotAskForOnline() {
		String alice = org.anAgent("Alice Chen");
		useDefaultTeam(org.aTeam("Sales", Map.of("onlineOnly", false), alice));
		declare(alice, "ONLINE");
		clock.advance(PAST_THE_TTL);
		assertThat(presenceOf(alice)).isEqualTo("OFFLINE");

		Chat chat = aNewConversation();

		assertThat(holderOf(chat.id())).isEqualTo(alice);
	}
}
