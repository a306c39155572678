package dev.tether.api.webhook;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.tether.api.support.IntegrationTest;
import dev.tether.api.support.LineWebhook;
import dev.tether.api.support.OrgFixture;
import dev.tether.api.support.OrgFixture.ChannelRef;
import dev.tether.api.support.TetherClient;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static dev.tether.api.support.LineWebhook.aLineUserId;
import static dev.tether.api.support.LineWebhook.replyToken;
import static dev.tether.api.support.LineWebhook.text;
import static dev.tether.api.support.LineWebhook.texts;
import static dev.tether.api.support.OrgFixture.SAMPLE_CHANNEL_SECRET;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class LineWebhookIntegrationTests extends IntegrationTest {

	private static final byte[] TEST_VECTOR_BODY = "{\"destination\":\"U8e742f61d673b39c7fff3cecb7536ef0\",\"events\":[]}"
		.getBytes(StandardCharsets.UTF_8);

	private static final String TEST_VECTOR_SIGNATURE = "GhRKmvmHys4Pi8DxkF4+EayaH0OqtJtaZxgTD9fMDLs=";

	@Test
	void theDocumentedTestVectorIsAcceptedWithItsDocumentedSignature() {
		ChannelRef channel = anOrg().aChannel();

		TetherClient.Response answer = webhookOf(channel).deliverSigned(TEST_VECTOR_BODY, TEST_VECTOR_SIGNATURE);

		assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
	}

	@Test
	void aWrongSignatureIsRefusedAndNothingIsStored() {
		OrgFixture org = anOrg();
		ChannelRef channel = org.aChannel();
		String customer = aLineUserId();
		byte[] body = LineWebhook.body(text(customer, org.bindingMessageFor(channel, org.anAgent("Alice Chen"))));
		List<Long> before = storedFor(channel);

		TetherClient.Response answer = webhookOf(channel).deliverSigned(body,
				LineWebhook.signature("0" + SAMPLE_CHANNEL_SECRET.substring(1), body));

		assertThat(answer.status()).isEqualTo(401);
		assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
		assertThat(answer.problemCode()).isEqualTo("INVALID_SIGNATURE");
		assertThat(storedFor(channel)).isEqualTo(before).containsOnly(0L);
		assertThat(org.contact(channel, customer).status()).isEqualTo(404);
	}

	@Test
	void aSignatureForOtherBytesIsRefused() {
		OrgFixture org = anOrg();
		ChannelRef channel = org.aChannel();
		byte[] body = LineWebhook.body(text(aLineUserId(), "hello"));
		byte[] signedBody = LineWebhook.body(text(aLineUserId(), "hello"));

		TetherClient.Response answer = webhookOf(channel).deliverSigned(body,
				LineWebhook.signature(SAMPLE_CHANNEL_SECRET, signedBody));

		assertThat(answer.status()).isEqualTo(401);
		assertThat(answer.problemCode()).isEqualTo("INVALID_SIGNATURE");
		assertThat(storedFor(channel)).containsOnly(0L);
	}

	@Test
	void aSignatureThatIsNotBase64IsRefusedAsUnauthenticatedNotAsAServerError() {
		OrgFixture org = anOrg();
		ChannelRef channel = org.aChannel();
		byte[] body = LineWebhook.body(text(aLineUserId(), "hello"));

		TetherClient.Response answer = webhookOf(channel).deliverSigned(body, "not*base64!");

		assertThat(answer.status()).as(answer.toString()).isEqualTo(401);
		assertThat(answer.problemCode()).isEqualTo("INVALID_SIGNATURE");
		assertThat(storedFor(channel)).containsOnly(0L);
	}

	@Test
	void aMissingSignatureIsRefused() {
		OrgFixture org = anOrg();
		ChannelRef channel = org.aChannel();
		byte[] body = LineWebhook.body(text(aLineUserId(), "hello"));

		TetherClient.Response answer = webhookOf(channel).deliverSigned(body, null);

		assertThat(answer.status()).as(answer.toString()).isEqualTo(401);
		assertThat(answer.problemCode()).isEqualTo("INVALID_SIGNATURE");
		assertThat(storedFor(channel)).containsOnly(0L);
	}

	@Test
	void theSignatureHeaderNameIsCaseInsensitive() {
		OrgFixture org = anOrg();
		ChannelRef channel = org.aChannel();
		String alice = org.anAgent("Alice Chen");
		String customer = aLineUserId();
		byte[] body = LineWebhook.body(text(customer, org.bindingMessageFor(channel, alice)));

		TetherClient.Response answer = api.send("POST", "/line/webhook/" + channel.id(), null,
				"application/json; charset=UTF-8", body,
				Map.of("x-line-signature", LineWebhook.signature(channel.secret(), body)));

		assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
		awaitInboxProcessed(channel);
		assertThat(org.contact(channel, customer).json().path("binding").path("agentId").asString()).isEqualTo(alice);
	}

	@Test
	void anUnknownChannelIsNotFound() {
		ChannelRef unknown = new ChannelRef("987654321098", SAMPLE_CHANNEL_SECRET, "no-token");

		TetherClient.Response answer = webhookOf(unknown).deliver(text(aLineUserId(), "hello"));

		assertThat(answer.status()).as(answer.toString()).isEqualTo(404);
		assertThat(answer.problemCode()).isEqualTo("CHANNEL_NOT_FOUND");
	}

	@Test
	void aPathThatIsNotOneChannelIdIsNotFound() {
		ChannelRef channel = anOrg().aChannel();
		byte[] body = LineWebhook.body(text(aLineUserId(), "hello"));
		Map<String, String> signed = Map.of("X-Line-Signature", LineWebhook.signature(channel.secret(), body));

		for (String path : List.of("/line/webhook/", "/line/webhook/abc", "/line/webhook/" + channel.id() + "/extra",
				"/line/webhook/99999999999999999999", "/line/webhook/-" + channel.id())) {
			TetherClient.Response answer = api.send("POST", path, null, "application/json", body, signed);

			assertThat(answer.status()).as(path + " " + answer).isEqualTo(404);
			assertThat(answer.header("Content-Type")).as(path).startsWith("application/problem+json");
			assertThat(answer.problemCode()).as(path).isEqualTo("NOT_FOUND");
		}
		assertThat(storedFor(channel)).containsOnly(0L);
	}

	@Test
	void onlyPostIsAllowedOnTheWebhook() {
		ChannelRef channel = anOrg().aChannel();

		for (String method : List.of("GET", "PUT", "DELETE")) {
			TetherClient.Response answer = api.send(method, "/line/webhook/" + channel.id(), null, null, null, Map.of());

			assertThat(answer.status()).as(method + " " + answer).isEqualTo(405);
			assertThat(answer.header("Allow")).as(method).isEqualTo("POST");
			assertThat(answer.header("Content-Type")).as(method).startsWith("application/problem+json");
			assertThat(answer.problemCode()).as(method).isEqualTo("METHOD_NOT_ALLOWED");
		}
	}

	@Test
	void correctlySignedMalformedJsonIsABadRequestAndStoresNothing() {
		ChannelRef channel = anOrg().aChannel();

		TetherClient.Response answer = webhookOf(channel)
			.deliverRaw("{\"destination\":\"Uabc\",\"events\":[{\"type\":\"message\"".getBytes(StandardCharsets.UTF_8));

		assertThat(answer.status()).as(answer.toString()).isEqualTo(400);
		assertThat(answer.problemCode()).isEqualTo("MALFORMED_JSON");
		assertThat(storedFor(channel)).containsOnly(0L);
	}

	@Test
	void aCorrectlySignedBodyWithoutEventsIsABadRequest() {
		ChannelRef channel = anOrg().aChannel();

		TetherClient.Response answer = webhookOf(channel)
			.deliverRaw("{\"destination\":\"Uabc\"}".getBytes(StandardCharsets.UTF_8));

		assertThat(answer.status()).as(answer.toString()).isEqualTo(400);
		assertThat(answer.problemCode()).isEqualTo("VALIDATION_FAILED");
	}

	@Test
	void emptyEventsAreAcknowledgedAsTheConsolesVerifyButtonExpects() {
		ChannelRef channel = anOrg().aChannel();

		TetherClient.Response answer = webhookOf(channel).deliver();

		assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
		assertThat(storedFor(channel)).containsOnly(0L);
	}

	@Test
	void aRedeliveredEventIsAcknowledgedButNotProcessedTwice() {
		OrgFixture org = anOrg();
		ChannelRef channel = org.aChannel();
		String alice = org.anAgent("Alice Chen");
		String customer = aLineUserId();
		Map<String, Object> original = text(customer, org.bindingMessageFor(channel, alice));
		Map<String, Object> redelivery = new LinkedHashMap<>(original);
		redelivery.put("deliveryContext", Map.of("isRedelivery", true));
		assertThat(webhookOf(channel).deliver(original).status()).isEqualTo(200);

		TetherClient.Response answer = webhookOf(channel).deliver(redelivery);

		assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
		assertThat(texts(awaitRepliesTo(replyToken(original))))
			.containsExactly("You have successfully bound to: Alice Chen");
		JsonNode replies = org.replies(channel, customer).json();
		assertThat(replies).hasSize(1);
		await().atMost(Duration.ofSeconds(10))
			.until(() -> org.replies(channel, customer).json().path(0).path("status").asString(), "SENT"::equals);
		assertThat(line.repliesWith(replyToken(original))).hasSize(1);
		assertThat(db.sql("select count(*) from assignment_log l join contact c on c.id = l.contact_id "
				+ "where c.channel_id = ? and c.line_user_id = ? and l.kind = 'BINDING'")
			.params(Long.parseLong(channel.id()), customer)
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void aRedeliveryInTheSameRequestAsTheOriginalIsProcessedOnce() {
		OrgFixture org = anOrg();
		ChannelRef channel = org.aChannel();
		String customer = aLineUserId();
		Map<String, Object> original = text(customer, org.bindingMessageFor(channel, org.anAgent("Alice Chen")));
		Map<String, Object> redelivery = new LinkedHashMap<>(original);
		redelivery.put("deliveryContext", Map.of("isRedelivery", true));

		TetherClient.Response answer = webhookOf(channel).deliver(original, redelivery);

		assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
		assertThat(org.replies(channel, customer).json()).hasSize(1);
	}

	@Test
	void aStandbyEventWithABindingCodeGetsNoReplyAndBindsNobody() {
		OrgFixture org = anOrg();
		ChannelRef channel = org.aChannel();
		String customer = aLineUserId();
		Map<String, Object> standby = text(customer, org.bindingMessageFor(channel, org.anAgent("Alice Chen")));
		standby.put("mode", "standby");

		TetherClient.Response answer = webhookOf(channel).deliver(standby);

		assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
		assertNotBound(org, channel, customer);
		assertThat(repliesStoredFor(channel)).isZero();
	}

	@Test
	void aBindingCodeSentInAGroupNeverBindsAndGetsNoReply() {
		OrgFixture org = anOrg();
		ChannelRef channel = org.aChannel();
		String customer = aLineUserId();
		Map<String, Object> inGroup = textFrom(
				Map.of("type", "group", "groupId", "C" + aLineUserId().substring(1), "userId", customer),
				org.bindingMessageFor(channel, org.anAgent("Alice Chen")));

		TetherClient.Response answer = webhookOf(channel).deliver(inGroup);

		assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
		assertNotBound(org, channel, customer);
		assertThat(repliesStoredFor(channel)).isZero();
	}

	@Test
	void aBindingCodeSentInARoomNeverBindsAndGetsNoReply() {
		OrgFixture org = anOrg();
		ChannelRef channel = org.aChannel();
		String customer = aLineUserId();
		Map<String, Object> inRoom = textFrom(
				Map.of("type", "room", "roomId", "R" + aLineUserId().substring(1), "userId", customer),
				org.bindingMessageFor(channel, org.anAgent("Alice Chen")));

		TetherClient.Response answer = webhookOf(channel).deliver(inRoom);

		assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
		assertNotBound(org, channel, customer);
		assertThat(repliesStoredFor(channel)).isZero();
	}

	@Test
	void anUnknownEventTypeIsAcceptedAndTheRestOfTheRequestStillActedOn() {
		OrgFixture org = anOrg();
		ChannelRef channel = org.aChannel();
		String alice = org.anAgent("Alice Chen");
		String customer = aLineUserId();
		Map<String, Object> unknown = LineWebhook.event("somethingLineInventsNext",
				Map.of("type", "user", "userId", customer));
		unknown.put("somethingNew", Map.of("nested", List.of(1, 2, 3)));
		Map<String, Object> message = text(customer, org.bindingMessageFor(channel, alice));

		TetherClient.Response answer = webhookOf(channel).deliver(unknown, message);

		assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
		assertThat(org.contact(channel, customer).json().path("binding").path("agentId").asString()).isEqualTo(alice);
	}

	@Test
	void eventsFromSeveralUsersInOneRequestAreAllProcessed() {
		OrgFixture org = anOrg();
		ChannelRef channel = org.aChannel();
		String alice = org.anAgent("Alice Chen");
		String bob = org.anAgent("Bob Sato");
		String sales = org.aTeam("Sales", org.anAgent("Carol Ito"));
		String first = aLineUserId();
		String second = aLineUserId();
		String third = aLineUserId();
		Map<String, Object> toAlice = text(first, org.bindingMessageFor(channel, alice));
		Map<String, Object> toBob = text(second, org.bindingMessageFor(channel, bob));
		Map<String, Object> toSales = text(third, org.aBindingCode(channel, null, sales).field("message"));

		TetherClient.Response answer = webhookOf(channel).deliver(toAlice, toBob, toSales);

		assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
		assertThat(org.contact(channel, first).json().path("binding").path("agentId").asString()).isEqualTo(alice);
		assertThat(org.contact(channel, second).json().path("binding").path("agentId").asString()).isEqualTo(bob);
		assertThat(org.contact(channel, third).json().path("binding").path("teamId").asString()).isEqualTo(sales);
		assertThat(texts(awaitRepliesTo(replyToken(toAlice)))).containsExactly("You have successfully bound to: Alice Chen");
		assertThat(texts(awaitRepliesTo(replyToken(toBob)))).containsExactly("You have successfully bound to: Bob Sato");
		assertThat(texts(awaitRepliesTo(replyToken(toSales)))).containsExactly("You have successfully bound to: Sales");
	}

	@Test
	void eventsOfOneUserDeliveredOutOfOrderAreActedOnInTimestampOrder() {
		OrgFixture org = anOrg();
		ChannelRef channel = org.aChannel();
		String alice = org.anAgent("Alice Chen");
		String bob = org.anAgent("Bob Sato");
		String customer = aLineUserId();
		Map<String, Object> earlier = text(customer, org.bindingMessageFor(channel, alice));
		Map<String, Object> later = text(customer, org.bindingMessageFor(channel, bob));
		earlier.put("timestamp", 1_700_000_000_000L);
		later.put("timestamp", 1_700_000_005_000L);

		TetherClient.Response answer = webhookOf(channel).deliver(later, earlier);

		assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
		assertThat(org.contact(channel, customer).json().path("binding").path("agentId").asString()).isEqualTo(alice);
		assertThat(texts(awaitRepliesTo(replyToken(later))))
			.containsExactly("Binding failed. You were previously bound to: Alice Chen");
	}

	@Test
	void aBodyOverOneMegabyteIsRefusedAsTooLargeAndStoresNothing() {
		OrgFixture org = anOrg();
		ChannelRef channel = org.aChannel();
		String customer = aLineUserId();
		byte[] body = LineWebhook.body(text(customer,
				org.bindingMessageFor(channel, org.anAgent("Alice Chen")) + " " + "x".repeat(1_100_000)));

		TetherClient.Response answer = webhookOf(channel).deliverRaw(body);

		assertThat(answer.status()).as(answer.toString()).isEqualTo(413);
		assertThat(answer.problemCode()).isEqualTo("PAYLOAD_TOO_LARGE");
		assertThat(storedFor(channel)).containsOnly(0L);
	}

	@Test
	void aBodyOverOneMegabyteWithoutADeclaredLengthIsRefusedAsTooLargeAndStoresNothing() throws Exception {
		OrgFixture org = anOrg();
		ChannelRef channel = org.aChannel();
		String customer = aLineUserId();
		byte[] body = LineWebhook.body(text(customer,
				org.bindingMessageFor(channel, org.anAgent("Alice Chen")) + " " + "x".repeat(1_100_000)));

		HttpResponse<byte[]> answer = postChunked(channel, body, LineWebhook.signature(channel.secret(), body));

		assertThat(answer.statusCode()).isEqualTo(413);
		assertThat(TetherClient.JSON.readTree(answer.body()).path("code").asString()).isEqualTo("PAYLOAD_TOO_LARGE");
		assertThat(storedFor(channel)).containsOnly(0L);
	}

	@Test
	void theWebhookAnswersOnlyOnceItsEffectsAreCommitted() {
		OrgFixture org = anOrg();
		ChannelRef channel = org.aChannel();
		String alice = org.anAgent("Alice Chen");
		String bindingMessage = org.bindingMessageFor(channel, alice);
		for (int round = 0; round < 5; round++) {
			String customer = aLineUserId();

			assertThat(webhookOf(channel).deliver(text(customer, bindingMessage)).status()).isEqualTo(200);

			TetherClient.Response contact = org.contact(channel, customer);
			assertThat(contact.status()).as(contact.toString()).isEqualTo(200);
			assertThat(contact.json().path("binding").path("agentId").asString()).isEqualTo(alice);
			assertThat(contact.json().path("conversation").path("status").asString()).isEqualTo("ASSIGNED");
			assertThat(org.replies(channel, customer).json()).hasSize(1);
		}
	}

	/** What the webhook may have stored for a channel: its events, contacts and replies. */
	private List<Long> storedFor(ChannelRef channel) {
		long id = Long.parseLong(channel.id());
		return List.of(db.sql("select count(*) from line_event where channel_id = ?").param(id).query(Long.class).single(),
				db.sql("select count(*) from contact where channel_id = ?").param(id).query(Long.class).single(),
				repliesStoredFor(channel));
	}

	private long repliesStoredFor(ChannelRef channel) {
		return db.sql("select count(*) from line_reply where channel_id = ?")
			.param(Long.parseLong(channel.id()))
			.query(Long.class)
			.single();
	}

	private static void assertNotBound(OrgFixture org, ChannelRef channel, String lineUserId) {
		TetherClient.Response contact = org.contact(channel, lineUserId);
		if (contact.status() == 404) {
			assertThat(contact.problemCode()).isEqualTo("CONTACT_NOT_FOUND");
		}
		else {
			assertThat(contact.status()).as(contact.toString()).isEqualTo(200);
			assertThat(contact.json().path("binding").isNull()).as(contact.toString()).isTrue();
		}
	}

	private static Map<String, Object> textFrom(Map<String, Object> source, String text) {
		Map<String, Object> event = LineWebhook.event("message", source);
		event.put("replyToken", replyToken());
		event.put("message", Map.of("id", "468789577898262530", "type", "text", "quoteToken", "q" + replyToken(),
				"text", text));
		return event;
	}

	private HttpResponse<byte[]> postChunked(ChannelRef channel, byte[] body, String signature)
			throws IOException, InterruptedException {
		HttpRequest request = HttpRequest.newBuilder(URI.create(api.baseUrl() + "/line/webhook/" + channel.id()))
			.version(HttpClient.Version.HTTP_1_1)
			.timeout(Duration.ofSeconds(30))
			.header("Content-Type", "application/json")
			.header("X-Line-Signature", signature)
			.POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)))
			.build();
		return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
	}

	private List<JsonNode> awaitRepliesTo(String replyToken) {
		return await().atMost(Duration.ofSeconds(10)).until(() -> line.repliesWith(replyToken), list -> !list.isEmpty());
	}
}
