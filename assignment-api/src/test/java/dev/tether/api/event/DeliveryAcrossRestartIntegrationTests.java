package dev.tether.api.event;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import dev.tether.api.support.EventReceiver;
import dev.tether.api.support.IntegrationTest;
import dev.tether.api.support.LineWebhook;
import dev.tether.api.support.OrgFixture;
import dev.tether.api.support.OrgFixture.ChannelRef;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Deliveries live in PostgreSQL, not in an instance's memory: what one instance queued and
 * could not deliver before it stopped, a freshly started instance delivers. This test's own
 * instance does not poll, so only the restarted one can have done it.
 */
@TestPropertySource(properties = "tether.events.poll-interval=1h")
class DeliveryAcrossRestartIntegrationTests extends IntegrationTest {

	private static final String SECRET = "receiver-shared-secret-0123456789";

	@Test
	void aRestartedInstanceResumesDeliveriesThatFailedBeforeTheStop() {
		OrgFixture org = anOrg();
		ChannelRef channel = org.aChannel();
		try (EventReceiver receiver = new EventReceiver()) {
			String subscription = api.post("/api/v1/event-subscriptions", org.ownerToken(),
					Map.of("url", receiver.url(), "secret", SECRET, "types", List.of("line.event"))).field("id");
			receiver.answer(503);

			String firstInstance;
			try (ConfigurableApplicationContext before = anotherInstance()) {
				webhookOf(clientFor(portOf(before)), channel).deliver(LineWebhook.text(LineWebhook.aLineUserId(), "one"),
						LineWebhook.text(LineWebhook.aLineUserId(), "two"));
				JsonNode failed = await().atMost(Duration.ofSeconds(10))
					.until(() -> deliveries(org, subscription), list -> list.size() == 2
							&& list.findValues("lastStatusCode").stream().allMatch(code -> code.asInt() == 503));
				firstInstance = failed.get(0).path("lastAttemptBy").asString();
			}
			receiver.answer(200);

			try (ConfigurableApplicationContext after = anotherInstance()) {
				JsonNode delivered = await().atMost(Duration.ofSeconds(30))
					.until(() -> deliveries(org, subscription),
							list -> list.findValuesAsString("status").stream().allMatch("DELIVERED"::equals));
				assertThat(delivered.findValuesAsString("lastAttemptBy")).doesNotContain(firstInstance);
			}
			assertThat(receiver.accepted()).hasSize(2).allMatch(request -> request.signedWith(SECRET));
		}
	}

	private JsonNode deliveries(OrgFixture org, String subscription) {
		return api.get("/api/v1/event-subscriptions/" + subscription + "/deliveries", org.ownerToken()).json();
	}
}
