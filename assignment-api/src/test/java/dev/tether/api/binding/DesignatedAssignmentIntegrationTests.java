package dev.tether.api.binding;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;

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
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class DesignatedAssignmentIntegrationTests extends IntegrationTest {

	private static final String INVALID = "Invalid binding. Please contact service staff.";

	@Test
	void aCustomerWhoSendsAnAgentsCodeIsBoundAndAssignedAndToldAtOnce() {
		OrgFixture org = anOrg();
		ChannelRef channel = org.aChannel();
		String alice = org.anAgent("Alice Chen");
		String customer = aLineUserId();
		Map<String, Object> message = text(customer, org.bindingMessageFor(channel, alice));

		assertThat(webhookOf(channel).deliver(message).status()).isEqualTo(200);

		JsonNode contact = org.contact(channel, customer).json();
		assertThat(contact.path("binding").path("agentId").asString()).isEqualTo(alice);
		assertThat(contact.path("binding").path("mode").asString()).isEqualTo("PERMANENT");
		assertThat(contact.path("conversation").path("status").asString()).isEqualTo("ASSIGNED");
		assertThat(contact.path("conversation").path("agentId").asString()).isEqualTo(alice);
		List<JsonNode> replies = awaitRepliesTo(replyToken(message));
		assertThat(texts(replies)).containsExactly("You have successfully bound to: Alice Chen");
		assertThat(line.authorizationOf(replyToken(message))).isEqualTo("Bearer " + channel.accessToken());
		assertThat(line.anyHeader(replyToken(message), "X-Line-Retry-Key")).isFalse();
	}

	@Test
	void permanentModeKeepsTheFirstBindingAndNamesTheCurrentAgent() {
		OrgFixture org = anOrg();
		ChannelRef channel = org.aChannel();
		String alice = org.anAgent("Alice Chen");
		String bob = org.anAgent("Bob Sato");
		String customer = aLineUserId();
		webhookOf(channel).deliver(text(customer, org.bindingMessageFor(channel, alice)));
		Map<String, Object> second = text(customer, org.bindingMessageFor(channel, bob));

		webhookOf(channel).deliver(second);

		assertThat(texts(awaitRepliesTo(replyToken(second))))
			.containsExactly("Binding failed. You were previously bound to: Alice Chen");
		assertThat(org.contact(channel, customer).json().path("binding").path("agentId").asString()).isEqualTo(alice);
	}

	@Test
	void generalModeLetsANewCodeReplaceTheBinding() {
		OrgFixture org = anOrg();
		org.settings("GENERAL", List.of());
		ChannelRef channel = org.aChannel();
		String alice = org.anAgent("Alice Chen");
		String bob = org.anAgent("Bob Sato");
		String customer = aLineUserId();
		webhookOf(channel).deliver(text(customer, org.bindingMessageFor(channel, alice)));
		Map<String, Object> second = text(customer, org.bindingMessageFor(channel, bob));

		webhookOf(channel).deliver(second);

		assertThat(texts(awaitRepliesTo(replyToken(second)))).containsExactly("You have successfully bound to: Bob Sato");
		JsonNode contact = org.contact(channel, customer).json();
		assertThat(contact.path("binding").path("agentId").asString()).isEqualTo(bob);
		assertThat(contact.path("binding").path("mode").asString()).isEqualTo("GENERAL");
		assertThat(contact.path("conversation").path("agentId").asString()).isEqualTo(bob);
	}

	@Test
	void theSameCodeAgainIsStillASuccess() {
		OrgFixture org = anOrg();
		ChannelRef channel = org.aChannel();
		String alice = org.anAgent("Alice Chen");
		String customer = aLineUserId();
		String bindingMessage = org.bindingMessageFor(channel, alice);
		webhookOf(channel).deliver(text(customer, bindingMessage));
		Map<String, Object> again = text(customer, bindingMessage);

		webhookOf(channel).deliver(again);

		assertThat(texts(awaitRepliesTo(replyToken(again)))).containsExactly("You have successfully bound to: Alice Chen");
	}

	@Test
	void aTeamCodeBindsTheTeamWhoseStrategyPicksTheMember() {
		OrgFixture org = anOrg();
		ChannelRef channel = org.aChannel();
		String alice = org.anAgent("Alice Chen");
		String team = org.aTeam("Sales", alice);
		String customer = aLineUserId();
		Map<String, Object> message = text(customer, org.aBindingCode(channel, null, team).field("message"));

		webhookOf(channel).deliver(message);

		assertThat(texts(awaitRepliesTo(replyToken(message)))).containsExactly("You have successfully bound to: Sales");
		JsonNode contact = org.contact(channel, customer).json();
		assertThat(contact.path("binding").path("teamId").asString()).isEqualTo(team);
		assertThat(contact.path("binding").path("agentId").isNull()).isTrue();
		assertThat(contact.path("conversation").path("teamId").asString()).isEqualTo(team);
		assertThat(contact.path("conversation").path("status").asString()).isEqualTo("ASSIGNED");
		assertThat(contact.path("conversation").path("agentId").asString()).isEqualTo(alice);
	}

	@Test
	void aTeamCodeQueuesTheConversationWhenNoMemberMayTakeIt() {
		OrgFixture org = anOrg();
		ChannelRef channel = org.aChannel();
		String team = org.aTeam("Sales", Map.of("onlineOnly", true), org.anAgent("Alice Chen"));
		String customer = aLineUserId();

		webhookOf(channel).deliver(text(customer, org.aBindingCode(channel, null, team).field("message")));

		JsonNode conversation = org.contact(channel, customer).json().path("conversation");
		assertThat(conversation.path("status").asString()).isEqualTo("QUEUED");
		assertThat(conversation.path("teamId").asString()).isEqualTo(team);
		assertThat(conversation.path("queuedSince").isNull()).isFalse();
	}

	@Test
	void anAgentWithinATeamCodeBindsBoth() {
		OrgFixture org = anOrg();
		ChannelRef channel = org.aChannel();
		String alice = org.anAgent("Alice Chen");
		String team = org.aTeam("Sales", alice);
		String customer = aLineUserId();
		Map<String, Object> message = text(customer, org.aBindingCode(channel, alice, team).field("message"));

		webhookOf(channel).deliver(message);

		assertThat(texts(awaitRepliesTo(replyToken(message)))).containsExactly("You have successfully bound to: Alice Chen");
		JsonNode contact = org.contact(channel, customer).json();
		assertThat(contact.path("binding").path("agentId").asString()).isEqualTo(alice);
		assertThat(contact.path("binding").path("teamId").asString()).isEqualTo(team);
		assertThat(contact.path("conversation").path("agentId").asString()).isEqualTo(alice);
		assertThat(contact.path("conversation").path("teamId").asString()).isEqualTo(team);
	}

	@Test
	void anAlteredCodeIsInvalidAndBindsNobody() {
		OrgFixture org = anOrg();
		ChannelRef channel = org.aChannel();
		TetherClient.Response code = org.aBindingCode(channel, org.anAgent("Alice Chen"), null);
		String original = code.field("code");
		char last = original.charAt(original.length() - 1);
		String altered = original.substring(0, original.length() - 1) + (last == 'A' ? 'B' : 'A');
		String customer = aLineUserId();
		Map<String, Object> message = text(customer, code.field("message").replace(original, altered));

		webhookOf(channel).deliver(message);

		assertThat(texts(awaitRepliesTo(replyToken(message)))).containsExactly(INVALID);
		assertThat(org.contact(channel, customer).json().path("binding").isNull()).isTrue();
	}

	@Test
	void twoCodesFromOneContactAtTheSameInstantEndInOneBindingAndOneConflict() throws Exception {
		OrgFixture org = anOrg();
		ChannelRef channel = org.aChannel();
		String alice = org.anAgent("Alice Chen");
		String bob = org.anAgent("Bob Sato");
		for (int round = 0; round < 5; round++) {
			String customer = aLineUserId();
			Map<String, Object> toAlice = text(customer, org.bindingMessageFor(channel, alice));
			Map<String, Object> toBob = text(customer, org.bindingMessageFor(channel, bob));
			CyclicBarrier together = new CyclicBarrier(2);
			CompletableFuture<TetherClient.Response> first = CompletableFuture
				.supplyAsync(() -> deliverAfter(together, channel, toAlice));
			CompletableFuture<TetherClient.Response> second = CompletableFuture
				.supplyAsync(() -> deliverAfter(together, channel, toBob));
			assertThat(first.get().status()).isEqualTo(200);
			assertThat(second.get().status()).isEqualTo(200);

			String bound = org.contact(channel, customer).json().path("binding").path("agentId").asString();
			String winner = bound.equals(alice) ? "Alice Chen" : "Bob Sato";
			List<String> answers = new java.util.ArrayList<>();
			answers.addAll(texts(awaitRepliesTo(replyToken(toAlice))));
			answers.addAll(texts(awaitRepliesTo(replyToken(toBob))));
			assertThat(bound).isIn(alice, bob);
			assertThat(answers).containsExactlyInAnyOrder("You have successfully bound to: " + winner,
					"Binding failed. You were previously bound to: " + winner);
			assertThat(db.sql("select count(*) from assignment_log l join contact c on c.id = l.contact_id "
					+ "where c.line_user_id = ? and l.kind = 'BINDING'").param(customer).query(Long.class).single())
				.isEqualTo(1);
		}
	}

	private TetherClient.Response deliverAfter(CyclicBarrier together, ChannelRef channel, Map<String, Object> event) {
		try {
			together.await();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
		return webhookOf(channel).deliver(event);
	}

	private List<JsonNode> awaitRepliesTo(String replyToken) {
		return await().atMost(Duration.ofSeconds(10)).until(() -> line.repliesWith(replyToken), list -> !list.isEmpty());
	}
}
