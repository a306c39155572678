package dev.tether.api.webhook;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import dev.tether.api.support.IntegrationTest;
import dev.tether.api.support.OrgFixture;
import dev.tether.api.support.OrgFixture.ChannelRef;
import dev.tether.api.support.TetherClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static dev.tether.api.support.LineWebhook.aLineUserId;
import static dev.tether.api.support.LineWebhook.replyToken;
import static dev.tether.api.support.LineWebhook.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class ReplyDeliveryIntegrationTests extends IntegrationTest {

	private static final String SUCCESS = "You have successfully bound to: Alice Chen";

	private OrgFixture org;

	private ChannelRef channel;

	private String alice;

	private String customer;

	private Map<String, Object> message;

	@BeforeEach
	void aCustomerAboutToSendAlicesCode() {
		org = anOrg();
		channel = org.aChannel();
		alice = org.anAgent("Alice Chen");
		customer = aLineUserId();
		message = text(customer, org.bindingMessageFor(channel, alice));
	}

	@Test
	void aSlowLineApiDoesNotSlowTheWebhook() {
		line.slowlyAccept(replyToken(message), 4000);

		long started = System.nanoTime();
		TetherClient.Response answer = webhookOf(channel).deliver(message);
		Duration took = Duration.ofNanos(System.nanoTime() - started);

		assertThat(answer.status()).isEqualTo(200);
		assertThat(took).isLessThan(Duration.ofSeconds(2));
		assertThat(theReply().path("status").asString()).isEqualTo("PENDING");
		line.slowlyAccept(replyToken(message), 0);
		JsonNode sent = awaitReplyIn("SENT");
		assertThat(sent.path("text").asString()).isEqualTo(SUCCESS);
		assertThat(sent.path("sentAt").isNull()).isFalse();
	}

	@Test
	void aReplyStillOnItsWayToLineWhenTheWebhookAnswersIsPendingThenSent() {
		line.slowlyAccept(replyToken(message), 600);

		TetherClient.Response answer = webhookOf(channel).deliver(message);

		assertThat(answer.status()).isEqualTo(200);
		assertThat(theReply().path("status").asString()).isEqualTo("PENDING");
		assertThat(awaitReplyIn("SENT").path("text").asString()).isEqualTo(SUCCESS);
	}

	@Test
	void aServerErrorIsRetriedUntilLineAcceptsTheReply() {
		line.failOnceThenAccept(replyToken(message), 500);

		webhookOf(channel).deliver(message);

		JsonNode sent = awaitReplyIn("SENT");
		assertThat(sent.path("attempts").asInt()).isEqualTo(2);
		assertThat(sent.path("lastStatusCode").asInt()).isEqualTo(200);
		assertThat(line.repliesWith(replyToken(message))).hasSize(2);
	}

	@Test
	void aTimeoutIsRetriedUntilLineAcceptsTheReply() {
		line.failOnceThenAccept(replyToken(message), 0);

		webhookOf(channel).deliver(message);

		JsonNode sent = await().atMost(Duration.ofSeconds(15))
			.until(this::theReply, reply -> reply.path("status").asString().equals("SENT"));
		assertThat(sent.path("attempts").asInt()).isGreaterThanOrEqualTo(2);
		assertThat(line.repliesWith(replyToken(message)).size()).isGreaterThanOrEqualTo(2);
	}

	@Test
	void anInvalidReplyTokenFailsTheReplyForGoodWithoutRetrying() {
		line.answer(replyToken(message), 400, "Invalid reply token");

		webhookOf(channel).deliver(message);

		JsonNode failed = awaitReplyIn("FAILED");
		assertThat(failed.path("lastStatusCode").asInt()).isEqualTo(400);
		assertThat(failed.path("attempts").asInt()).isEqualTo(1);
		assertThat(failed.path("sentAt").isNull()).isTrue();
		await().during(Duration.ofMillis(800))
			.atMost(Duration.ofSeconds(3))
			.until(() -> line.repliesWith(replyToken(message)).size() == 1
					&& theReply().path("attempts").asInt() == 1);
	}

	@Test
	void aReplyRefusedForTheMonthlyQuotaIsRecordedAsNotSentAndTheBindingStands() {
		line.answer(replyToken(message), 429, "You have reached your monthly limit.");

		webhookOf(channel).deliver(message);

		JsonNode failed = awaitReplyIn("FAILED");
		assertThat(failed.path("lastStatusCode").asInt()).isEqualTo(429);
		assertThat(failed.path("attempts").asInt()).isEqualTo(1);
		JsonNode contact = org.contact(channel, customer).json();
		assertThat(contact.path("binding").path("agentId").asString()).isEqualTo(alice);
		assertThat(contact.path("conversation").path("agentId").asString()).isEqualTo(alice);
	}

	@Test
	void aReplyRefusedByTheRateLimitIsNotRetried() {
		line.answer(replyToken(message), 429, "The API rate limit has been exceeded. Try again later.");

		webhookOf(channel).deliver(message);

		JsonNode failed = awaitReplyIn("FAILED");
		assertThat(failed.path("lastStatusCode").asInt()).isEqualTo(429);
		await().during(Duration.ofMillis(800))
			.atMost(Duration.ofSeconds(3))
			.until(() -> line.repliesWith(replyToken(message)).size() == 1);
	}

	@Test
	void theReplyCarriesTheTokenOneTextMessageAndTheChannelsAccessToken() {
		webhookOf(channel).deliver(message);

		awaitReplyIn("SENT");
		List<JsonNode> requests = line.repliesWith(replyToken(message));
		assertThat(requests).hasSize(1);
		JsonNode request = requests.get(0);
		// LINE documents notificationDisabled with default false; the SDK always writes it.
		assertThat(request.path("notificationDisabled").asBoolean(false)).isFalse();
		assertThat(request.propertyNames()).filteredOn(name -> !name.equals("notificationDisabled"))
			.containsExactlyInAnyOrder("replyToken", "messages");
		assertThat(request.path("replyToken").asString()).isEqualTo(replyToken(message));
		assertThat(request.path("messages")).hasSize(1);
		JsonNode sent = request.path("messages").path(0);
		assertThat(sent.propertyNames()).containsExactlyInAnyOrder("type", "text");
		assertThat(sent.path("type").asString()).isEqualTo("text");
		assertThat(sent.path("text").asString()).isEqualTo(SUCCESS);
		assertThat(line.authorizationOf(replyToken(message))).isEqualTo("Bearer " + channel.accessToken());
	}

	private JsonNode theReply() {
		TetherClient.Response replies = org.replies(channel, customer);
		assertThat(replies.status()).as(replies.toString()).isEqualTo(200);
		assertThat(replies.json()).as(replies.toString()).hasSize(1);
		return replies.json().path(0);
	}

	private JsonNode awaitReplyIn(String status) {
		return await().atMost(Duration.ofSeconds(10))
			.until(this::theReply, reply -> reply.path("status").asString().equals(status));
	}
}
