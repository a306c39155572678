package dev.tether.api.routing;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** With a short presence TTL: ONLINE holds only while heartbeats keep coming. */
@TestPropertySource(properties = "tether.presence-ttl=2s")
class PresenceTtlIntegrationTests extends RoutingScenario {

	@Test
	void anOnlineAgentWithoutHeartbeatsCountsAsOfflineAndTakesNoWorkInAnOnlineOnlyTeam() {
		String alice = org.anAgent("Alice Chen");
		useDefaultTeam(org.aTeam("Sales", Map.of("onlineOnly", true), alice));
		declare(alice, "ONLINE");
		assertThat(presenceOf(alice)).isEqualTo("ONLINE");

		await().atMost(Duration.ofSeconds(10)).until(() -> presenceOf(alice), "OFFLINE"::equals);
		Chat chat = aNewConversation();

		assertThat(statusOf(chat.id())).isEqualTo("QUEUED");
		assertThat(openConversationsOf(alice)).isZero();
		JsonNode presence = expect(200, api.post("/api/v1/agents/" + alice + "/heartbeat", org.aToken("AGENT", alice),
				null)).json();
		assertThat(presence.path("status").asString()).isEqualTo("ONLINE");
		assertThat(presence.path("declared").asString()).isEqualTo("ONLINE");
	}

	@Test
	void heartbeatsKeepAnAgentOnlineBeyondTheTtl() throws InterruptedException {
		String alice = org.anAgent("Alice Chen");
		useDefaultTeam(org.aTeam("Sales", Map.of("onlineOnly", true), alice));
		declare(alice, "ONLINE");

		long until = System.nanoTime() + Duration.ofSeconds(5).toNanos();
		while (System.nanoTime() < until) {
			Thread.sleep(500);
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
		await().atMost(Duration.ofSeconds(10)).until(() -> presenceOf(alice), "OFFLINE"::equals);
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
		await().atMost(Duration.ofSeconds(10)).until(() -> presenceOf(alice), "OFFLINE"::equals);

		Chat chat = aNewConversation();

		assertThat(holderOf(chat.id())).isEqualTo(alice);
	}
}
