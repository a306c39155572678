package dev.tether.api.event;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import dev.tether.api.support.EventReceiver;
import dev.tether.api.support.IntegrationTest;
import dev.tether.api.support.LineWebhook;
import dev.tether.api.support.OrgFixture;
import dev.tether.api.support.OrgFixture.ChannelRef;
import dev.tether.api.support.TetherClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class OutboundEventsIntegrationTests extends IntegrationTest {

	private static final String SECRET = "receiver-shared-secret-0123456789";

	private final EventReceiver receiver = new EventReceiver();

	@AfterEach
	void stopReceiver() {
		receiver.close();
	}

	@Test
	void aSubscriptionIsCreatedWithoutEverShowingItsSecret() {
		OrgFixture org = anOrg();

		TetherClient.Response created = subscribe(org, List.of("contact.tagged"));

		assertThat(created.status()).isEqualTo(201);
		assertThat(created.json().path("url").asString()).isEqualTo(receiver.url());
		assertThat(created.text()).doesNotContain(SECRET);
		assertThat(api.get("/api/v1/event-subscriptions", org.ownerToken()).text()).doesNotContain(SECRET)
			.contains(created.field("id"));
	}

	@Test
	void badSubscriptionsAreRefusedAndNothingIsStored() {
		OrgFixture org = anOrg();

		assertThat(api.post("/api/v1/event-subscriptions", org.ownerToken(),
				Map.of("url", "not a url", "secret", SECRET, "types", List.of("contact.tagged"))).problemCode())
			.isEqualTo("VALIDATION_FAILED");
		assertThat(api.post("/api/v1/event-subscriptions", org.ownerToken(),
				Map.of("url", receiver.url(), "secret", SECRET, "types", List.of("contact.deleted"))).problemCode())
			.isEqualTo("VALIDATION_FAILED");
		assertThat(api.post("/api/v1/event-subscriptions", org.ownerToken(),
				Map.of("url", receiver.url(), "secret", "short", "types", List.of("contact.tagged"))).status())
			.isEqualTo(400);
		assertThat(api.get("/api/v1/event-subscriptions", org.ownerToken()).json().size()).isZero();
	}

	@Test
	void subscribedEventsArriveSignedInTheirEnvelopeAndOthersDoNot() {
		OrgFixture org = anOrg();
		org.settings("PERMANENT", List.of("vip"));
		ChannelRef channel = org.aChannel();
		subscribe(org, List.of("contact.tagged"));
		String customer = LineWebhook.aLineUserId();

		webhookOf(channel).deliver(LineWebhook.text(customer, org.bindingMessageFor(channel, org.anAgent("Alice"))));

		EventReceiver.Received tagged = await().atMost(Duration.ofSeconds(10))
			.until(receiver::accepted, list -> !list.isEmpty())
			.get(0);
		assertThat(tagged.signedWith(SECRET)).isTrue();
		assertThat(tagged.signedWith("another-secret-entirely")).isFalse();
		JsonNode envelope = tagged.json();
		assertThat(envelope.path("type").asString()).isEqualTo("contact.tagged");
		assertThat(envelope.path("orgId").asString()).isEqualTo(org.id());
		assertThat(envelope.path("id").asString()).isNotBlank();
		assertThat(envelope.path("occurredAt").asString()).isNotBlank();
		assertThat(envelope.path("data").path("lineUserId").asString()).isEqualTo(customer);
		assertThat(envelope.path("data").path("tags").get(0).asString()).isEqualTo("vip");
		assertThat(receiver.received()).extracting(EventReceiver.Received::type).containsOnly("contact.tagged");
	}

	@Test
	void everyLineEventIsForwardedExactlyAsItCame() {
		OrgFixture org = anOrg();
		ChannelRef channel = org.aChannel();
		subscribe(org, List.of("line.event"));
		Map<String, Object> sticker = LineWebhook.event("message", Map.of("type", "user", "userId", LineWebhook.aLineUserId()));
		sticker.put("message", Map.of("type", "sticker", "id", "1501", "packageId", "446", "stickerId", "1988"));

		webhookOf(channel).deliver(sticker);

		JsonNode forwarded = await().atMost(Duration.ofSeconds(10))
			.until(receiver::accepted, list -> !list.isEmpty())
			.get(0)
			.json();
		assertThat(forwarded.path("type").asString()).isEqualTo("line.event");
		assertThat(forwarded.path("data").path("channelId").asString()).isEqualTo(channel.id());
		assertThat(forwarded.path("data").path("event")).isEqualTo(TetherClient.JSON.valueToTree(sticker));
	}

	@Test
	void aForwardedLineEventIsTheBytesLineSentNotARewriteOfThem() {
		OrgFixture org = anOrg();
		ChannelRef channel = org.aChannel();
		subscribe(org, List.of("line.event"));
		String follow = "{ \"type\" : \"follow\",  \"mode\":\"active\", \"timestamp\": " + System.currentTimeMillis()
				+ ", \"source\": {\"userId\":\"" + LineWebhook.aLineUserId() + "\", \"type\":\"user\"},"
				+ " \"webhookEventId\":\"01" + Long.toHexString(System.nanoTime()).toUpperCase() + "\","
				+ " \"deliveryContext\":{\"isRedelivery\":false}, \"note\": \"\\u3042 1.50\", \"n\": 1.50 }";
		String body = "{\"destination\":\"U0\", \"events\": [" + follow + "]}";

		webhookOf(channel).deliverRaw(body.getBytes(StandardCharsets.UTF_8));

		String forwarded = await().atMost(Duration.ofSeconds(10))
			.until(receiver::accepted, list -> !list.isEmpty())
			.get(0)
			.body();
		assertThat(forwarded).contains("\"event\":" + follow + "}");
	}

	@Test
	void aReceiverThatIsDownIsRetriedWithBackoffUntilItTakesTheEventAndEveryAttemptIsVisible() {
		OrgFixture org = anOrg();
		ChannelRef channel = org.aChannel();
		String subscription = subscribe(org, List.of("assignment.changed")).field("id");
		receiver.answer(503);
		String customer = LineWebhook.aLineUserId();

		webhookOf(channel).deliver(LineWebhook.text(customer, org.bindingMessageFor(channel, org.anAgent("Alice"))));

		JsonNode failing = await().atMost(Duration.ofSeconds(10))
			.until(() -> deliveries(org, subscription), list -> list.size() == 2
					&& list.findValues("attempts").stream().allMatch(attempts -> attempts.asInt() >= 2));
		assertThat(failing.findValuesAsString("status")).containsOnly("PENDING");
		assertThat(failing.findValues("lastStatusCode")).allMatch(code -> code.asInt() == 503);

		receiver.answer(200);

		JsonNode delivered = await().atMost(Duration.ofSeconds(20))
			.until(() -> deliveries(org, subscription),
					list -> list.findValuesAsString("status").stream().allMatch("DELIVERED"::equals));
		assertThat(delivered.findValues("deliveredAt")).noneMatch(JsonNode::isNull);
		List<EventReceiver.Received> accepted = receiver.accepted();
		assertThat(accepted).hasSize(2).allMatch(request -> request.signedWith(SECRET));
		List<String> failedIds = receiver.received()
			.stream()
			.filter(request -> request.answeredWith() == 503)
			.map(request -> request.json().path("id").asString())
			.distinct()
			.toList();
		assertThat(accepted.stream().map(request -> request.json().path("id").asString()))
			.as("a retry carries the same event id, so the receiver can drop repeats")
			.containsExactlyInAnyOrderElementsOf(failedIds);
	}

	@Test
	void aSlowReceiverNeverSlowsTheWebhook() {
		OrgFixture org = anOrg();
		ChannelRef channel = org.aChannel();
		String subscription = subscribe(org, List.of("line.event")).field("id");
		receiver.answerAfter(3_000);

		TetherClient.Response answer = webhookOf(channel).deliver(LineWebhook.text(LineWebhook.aLineUserId(), "hello"));

		assertThat(answer.status()).isEqualTo(200);
		assertThat(deliveries(org, subscription).findValuesAsString("status")).containsOnly("PENDING");
	}

	@Test
	void aSlowReceiverNeverHoldsUpAQueueTimeout() {
		OrgFixture org = anOrg();
		ChannelRef channel = org.aChannel();
		String sales = org.aTeam("Sales", Map.of("onlineOnly", true, "queueTimeoutSeconds", 1), org.anAgent("Alice Chen"));
		org.settings("PERMANENT", List.of(), sales);
		subscribe(org, List.of("line.event"));
		receiver.answerAfter(8_000);
		LineWebhook line = webhookOf(channel);
		line.deliver(follow());
		// Stored while the round for the first waits on the receiver: the polls take these, 50 a round.
		line.deliver(IntStream.range(0, 200).mapToObj(i -> follow()).toArray(Map[]::new));
		String customer = LineWebhook.aLineUserId();

		line.deliver(LineWebhook.text(customer, "hello"));

		assertThat(statusOf(customer)).isEqualTo("QUEUED");
		// Its timeout is 1 s and the sweep runs every second; a scheduler held by a round waits 5 s.
		await("the queue timing out while deliveries wait on the receiver").atMost(Duration.ofMillis(3_500))
			.pollInterval(Duration.ofMillis(100))
			.until(() -> statusOf(customer), "TIMED_OUT"::equals);
	}

	@Test
	void anUnsubscribedSystemReceivesNothingMore() {
		OrgFixture org = anOrg();
		ChannelRef channel = org.aChannel();
		String subscription = subscribe(org, List.of("line.event")).field("id");

		assertThat(api.delete("/api/v1/event-subscriptions/" + subscription, org.ownerToken()).status()).isEqualTo(204);
		webhookOf(channel).deliver(LineWebhook.text(LineWebhook.aLineUserId(), "hello"));

		assertThat(api.get("/api/v1/event-subscriptions/" + subscription, org.ownerToken()).status()).isEqualTo(404);
		assertThat(db.sql("select count(*) from event_delivery where subscription_id = ?")
			.param(Long.parseLong(subscription))
			.query(Long.class)
			.single()).isZero();
	}

	private static Map<String, Object> follow() {
		Map<String, Object> event = LineWebhook.event("follow",
				Map.of("type", "user", "userId", LineWebhook.aLineUserId()));
		event.put("replyToken", LineWebhook.replyToken());
		return event;
	}

	private String statusOf(String lineUserId) {
		return db.sql("select v.status from conversation v join contact c on c.id = v.contact_id where c.line_user_id = ?")
			.param(lineUserId)
			.query(String.class)
			.single();
	}

	private TetherClient.Response subscribe(OrgFixture org, List<String> types) {
		return api.post("/api/v1/event-subscriptions", org.ownerToken(),
				Map.of("url", receiver.url(), "secret", SECRET, "types", types));
	}

	private JsonNode deliveries(OrgFixture org, String subscription) {
		return api.get("/api/v1/event-subscriptions/" + subscription + "/deliveries", org.ownerToken()).json();
	}
}
