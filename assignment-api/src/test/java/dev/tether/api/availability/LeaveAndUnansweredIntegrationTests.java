package dev.tether.api.availability;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import dev.tether.api.routing.RoutingScenario;
import dev.tether.api.support.MovableClock;
import dev.tether.persistence.routing.Departures;
import dev.tether.persistence.routing.UnansweredTransfers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Agents who leave and conversations nobody answers, over HTTP with a moved clock. The sweeps run
 * on their own as in production; where a test asserts that nothing moved, it runs one itself
 * first, so "nothing" is a sweep's answer and not a sweep that has not come yet (the sweeps see
 * every org, so a test counts its own conversation's moves, not what a sweep answers). Heartbeats last
 * an hour here, so moving the clock by minutes leaves online agents online.
 */
@TestPropertySource(properties = "tether.presence-ttl=1h")
@Import(MovableClock.Setup.class)
class LeaveAndUnansweredIntegrationTests extends RoutingScenario {

	@Autowired
	private MovableClock clock;

	@Autowired
	private Departures departures;

	@Autowired
	private UnansweredTransfers transfers;

	@Test
	void aMemberGoneForTheGraceLosesTheirRoutedConversationToATeammateAndTheMoveSaysWhy() {
		String alice = onlineAgent("Alice Chen");
		String bob = onlineAgent("Bob Sato");
		useDefaultTeam(org.aTeam("Support", Map.of("onAgentLeave", "REQUEUE", "leaveGraceSeconds", 60), alice, bob));
		Chat chat = aNewConversation();
		assertThat(holderOf(chat.id())).isEqualTo(alice);

		declare(alice, "OFFLINE");
		clock.advance(Duration.ofSeconds(30));
		departures.sweep();
		assertThat(holderOf(chat.id())).isEqualTo(alice);
		clock.advance(Duration.ofSeconds(30));

		await().atMost(Duration.ofSeconds(10)).until(() -> holderOf(chat.id()), bob::equals);
		assertThat(openConversationsOf(alice)).isZero();
		assertThat(openConversationsOf(bob)).isEqualTo(1);
		assertThat(ruleMoves(chat.id())).containsExactly("QUEUED AGENT_LEFT", "ASSIGNED AGENT_LEFT");
		JsonNode history = expect(200, api.get("/api/v1/conversations/" + chat.id() + "/history", org.ownerToken()))
			.json();
		assertThat(history.valueStream().map(entry -> entry.path("source").asString() + " "
				+ entry.path("reason").asString("-") + " " + entry.path("to").path("agentId").asString("queue")).toList())
			.containsExactly("RULE - " + alice, "RULE AGENT_LEFT queue", "RULE AGENT_LEFT " + bob);
	}

	@Test
	void aRequeuedConversationGoesToTheFrontOfTheQueueWithItsOriginalPlaceWhenNobodyElseMayTakeIt() {
		String alice = onlineAgent("Alice Chen");
		String team = org.aTeam("Support", Map.of("onAgentLeave", "REQUEUE", "leaveGraceSeconds", 0), alice);
		useDefaultTeam(team);
		Chat first = aNewConversation();
		String enteredTeam = conversation(first.id()).path("openedAt").asString();
		changeAgent(alice, Map.of("maxOpenContacts", 1));
		clock.advance(Duration.ofSeconds(5));
		Chat later = aNewConversation();
		assertThat(statusOf(later.id())).isEqualTo("QUEUED");

		declare(alice, "AWAY");
		await().atMost(Duration.ofSeconds(10)).until(() -> statusOf(first.id()), "QUEUED"::equals);

		assertThat(listed("status=QUEUED&teamId=" + team)).containsExactly(first.id(), later.id());
		assertThat(conversation(first.id()).path("queuedSince").asString()).isEqualTo(enteredTeam);
		declare(alice, "ONLINE");
		await().atMost(Duration.ofSeconds(10)).until(() -> holderOf(first.id()), alice::equals);
		assertThat(statusOf(later.id())).isEqualTo("QUEUED");
	}

	@Test
	void aRequeueGivesAMemberAtCapacityNothingMore() {
		String alice = onlineAgent("Alice Chen");
		String bob = org.anAgent("Bob Sato", Map.of("maxOpenContacts", 1));
		declare(bob, "ONLINE");
		String team = org.aTeam("Support", Map.of("onAgentLeave", "REQUEUE", "leaveGraceSeconds", 0), alice, bob);
		useDefaultTeam(team);
		List<Chat> chats = newConversations(3);
		assertThat(holdersOf(chats)).containsExactly(alice, bob, alice);

		declare(alice, "AWAY");

		await().atMost(Duration.ofSeconds(10)).until(() -> listed("status=QUEUED&teamId=" + team).size() == 2);
		assertThat(openConversationsOf(bob)).isEqualTo(1);
		assertThat(holderOf(chats.get(1).id())).isEqualTo(bob);
		assertThat(openConversationsOf(alice)).isZero();
	}

	@Test
	void aTransferGivesAMemberAtCapacityNothingMoreAndTheQueueDoesNotHandItBack() {
		String alice = onlineAgent("Alice Chen");
		String bob = org.anAgent("Bob Sato", Map.of("maxOpenContacts", 1));
		declare(bob, "ONLINE");
		String team = org.aTeam("Support", Map.of("unansweredTransferSeconds", 30), alice, bob);
		useDefaultTeam(team);
		List<Chat> chats = newConversations(2);
		assertThat(holdersOf(chats)).containsExactly(alice, bob);
		expect(200, api.post("/api/v1/conversations/" + chats.get(1).id() + "/replied", org.ownerToken(), null));

		clock.advance(Duration.ofSeconds(30));

		await().atMost(Duration.ofSeconds(10)).until(() -> statusOf(chats.get(0).id()), "QUEUED"::equals);
		closeAsOwner(newConversations(1).get(0).id());
		assertThat(statusOf(chats.get(0).id())).as("not handed back to Alice, who did not answer").isEqualTo("QUEUED");
		assertThat(openConversationsOf(bob)).isEqualTo(1);
		closeAsOwner(chats.get(1).id());
		await().atMost(Duration.ofSeconds(10)).until(() -> holderOf(chats.get(0).id()), bob::equals);
	}

	@Test
	void aMemberBackWithinTheGraceKeepsEverything() {
		String alice = onlineAgent("Alice Chen");
		onlineAgentIn(alice, "REQUEUE", 60);
		Chat chat = aNewConversation();

		declare(alice, "OFFLINE");
		clock.advance(Duration.ofSeconds(45));
		declare(alice, "ONLINE");
		clock.advance(Duration.ofMinutes(10));

		departures.sweep();
		assertThat(holderOf(chat.id())).isEqualTo(alice);
		assertThat(ruleMoves(chat.id())).isEmpty();
	}

	@Test
	void aMemberWhoFlapsAcrossTheGraceBoundaryIsRequeuedOnceAndNothingIsLost() {
		String alice = onlineAgent("Alice Chen");
		String bob = onlineAgent("Bob Sato");
		useDefaultTeam(org.aTeam("Support", Map.of("onAgentLeave", "REQUEUE", "leaveGraceSeconds", 60), alice, bob));
		List<Chat> chats = newConversations(2);
		Chat alices = holderOf(chats.get(0).id()).equals(alice) ? chats.get(0) : chats.get(1);

		declare(alice, "OFFLINE");
		clock.advance(Duration.ofSeconds(59));
		declare(alice, "ONLINE");
		declare(alice, "OFFLINE");
		clock.advance(Duration.ofSeconds(59));
		departures.sweep();
		assertThat(holderOf(alices.id())).isEqualTo(alice);
		declare(alice, "ONLINE");
		clock.advance(Duration.ofSeconds(1));
		declare(alice, "OFFLINE");
		clock.advance(Duration.ofSeconds(60));

		await().atMost(Duration.ofSeconds(10)).until(() -> holderOf(alices.id()), bob::equals);
		departures.sweep();
		assertThat(ruleMoves(alices.id())).containsExactly("QUEUED AGENT_LEFT", "ASSIGNED AGENT_LEFT");
		assertThat(holdersOf(chats)).containsOnly(bob);
		assertThat(openConversationsOf(bob)).isEqualTo(2);
	}

	@Test
	void aMemberWhoseHeartbeatsStoppedLeavesOnceTheTtlAndTheGraceHavePassed() {
		String alice = onlineAgent("Alice Chen");
		String bob = onlineAgent("Bob Sato");
		useDefaultTeam(org.aTeam("Support", Map.of("onAgentLeave", "REQUEUE", "leaveGraceSeconds", 60), alice, bob));
		Chat chat = aNewConversation();
		assertThat(holderOf(chat.id())).isEqualTo(alice);

		clock.advance(Duration.ofMinutes(59));
		heartbeat(bob);
		clock.advance(Duration.ofSeconds(90));
		departures.sweep();
		assertThat(holderOf(chat.id())).as("gone 30 s of the grace's 60").isEqualTo(alice);
		clock.advance(Duration.ofSeconds(31));

		await().atMost(Duration.ofSeconds(10)).until(() -> holderOf(chat.id()), bob::equals);
		assertThat(ruleMoves(chat.id())).containsExactly("QUEUED AGENT_LEFT", "ASSIGNED AGENT_LEFT");
	}

	@Test
	void aTeamThatKeepsLeavesConversationsWithAMemberWhoLeft() {
		String alice = onlineAgent("Alice Chen");
		onlineAgentIn(alice, "KEEP", 0);
		Chat chat = aNewConversation();

		declare(alice, "OFFLINE");
		clock.advance(Duration.ofHours(2));

		departures.sweep();
		assertThat(holderOf(chat.id())).isEqualTo(alice);
		assertThat(ruleMoves(chat.id())).isEmpty();
	}

	@Test
	void aMemberWhoseShiftEndsLeavesToo() {
		String alice = onlineAgent("Alice Chen");
		String bob = onlineAgent("Bob Sato");
		useDefaultTeam(org.aTeam("Support", Map.of("onAgentLeave", "REQUEUE", "leaveGraceSeconds", 0), alice, bob));
		Chat chat = aNewConversation();

		expect(200, api.put("/api/v1/agents/" + alice + "/schedule", org.ownerToken(),
				Map.of("timezone", "Asia/Tokyo", "weekly", List.of())));

		await().atMost(Duration.ofSeconds(10)).until(() -> holderOf(chat.id()), bob::equals);
		assertThat(ruleMoves(chat.id())).containsExactly("QUEUED AGENT_LEFT", "ASSIGNED AGENT_LEFT");
	}

	@Test
	void deactivatingAMemberRequeuesTheirRoutedConversationsAtOnceInEveryTeamWhateverItSays() {
		String alice = onlineAgent("Alice Chen");
		String bob = onlineAgent("Bob Sato");
		String keeping = org.aTeam("Keeps", Map.of("onAgentLeave", "KEEP"), alice, bob);
		useDefaultTeam(keeping);
		Chat chat = aNewConversation();
		assertThat(holderOf(chat.id())).isEqualTo(alice);

		deactivate(alice);

		await().atMost(Duration.ofSeconds(10)).until(() -> holderOf(chat.id()), bob::equals);
		assertThat(ruleMoves(chat.id())).containsExactly("QUEUED AGENT_DEACTIVATED", "ASSIGNED AGENT_DEACTIVATED");
		JsonNode events = expect(200, api.get("/api/v1/events?type=assignment.changed", org.ownerToken())).json();
		assertThat(events.valueStream()
			.map(event -> event.path("data"))
			.filter(data -> chat.id().equals(data.path("conversationId").asString()))
			.map(data -> data.path("reason").asString("")))
			.contains("AGENT_DEACTIVATED");
	}

	@Test
	void aConversationNobodyAnswersGoesOnceToAnotherMemberNeverTheSameOne() {
		String alice = onlineAgent("Alice Chen");
		String bob = onlineAgent("Bob Sato");
		useDefaultTeam(org.aTeam("Support", Map.of("unansweredTransferSeconds", 60), alice, bob));
		Chat chat = aNewConversation();
		assertThat(holderOf(chat.id())).isEqualTo(alice);

		clock.advance(Duration.ofSeconds(61));

		await().atMost(Duration.ofSeconds(10)).until(() -> holderOf(chat.id()), bob::equals);
		assertThat(ruleMoves(chat.id())).containsExactly("QUEUED UNANSWERED", "ASSIGNED UNANSWERED");
		clock.advance(Duration.ofMinutes(5));
		transfers.fire();
		assertThat(holderOf(chat.id())).isEqualTo(bob);
		assertThat(ruleMoves(chat.id())).hasSize(2);
	}

	@Test
	void instancesFiringTheSameTransfersTogetherMoveEachConversationOnce() {
		String alice = onlineAgent("Alice Chen");
		String bob = onlineAgent("Bob Sato");
		useDefaultTeam(org.aTeam("Support", Map.of("unansweredTransferSeconds", 30), alice, bob));
		List<Chat> chats = newConversations(6);

		clock.advance(Duration.ofSeconds(30));
		List<CompletableFuture<Integer>> firing = new ArrayList<>();
		for (int instance = 0; instance < 4; instance++) {
			firing.add(CompletableFuture.supplyAsync(transfers::fire));
		}
		firing.forEach(CompletableFuture::join);

		await().atMost(Duration.ofSeconds(10)).until(() -> chats.stream().allMatch(chat -> ruleMoves(chat.id()).size() == 2));
		for (Chat chat : chats) {
			assertThat(ruleMoves(chat.id())).as("conversation %s", chat.id())
				.containsExactly("QUEUED UNANSWERED", "ASSIGNED UNANSWERED");
		}
		assertThat(openConversationsOf(alice) + openConversationsOf(bob)).isEqualTo(6);
	}

	@Test
	void anUnansweredConversationGoesBackToTheQueueWhenNoOtherMemberMayTakeIt() {
		String alice = onlineAgent("Alice Chen");
		String bob = org.anAgent("Bob Sato");
		declare(bob, "AWAY");
		useDefaultTeam(org.aTeam("Support", Map.of("unansweredTransferSeconds", 30), alice, bob));
		Chat chat = aNewConversation();

		clock.advance(Duration.ofSeconds(30));

		await().atMost(Duration.ofSeconds(10)).until(() -> statusOf(chat.id()), "QUEUED"::equals);
		declare(bob, "ONLINE");
		await().atMost(Duration.ofSeconds(10)).until(() -> holderOf(chat.id()), bob::equals);
	}

	@Test
	void aReplyACloseOrAReassignmentStopsTheTimer() {
		String alice = onlineAgent("Alice Chen");
		String bob = onlineAgent("Bob Sato");
		useDefaultTeam(org.aTeam("Support", Map.of("unansweredTransferSeconds", 60), alice, bob));
		Chat replied = aNewConversation();
		Chat closed = aNewConversation();
		Chat reassigned = aNewConversation();
		expect(200, api.post("/api/v1/conversations/" + replied.id() + "/replied", org.ownerToken(), null));
		closeAsOwner(closed.id());
		String holder = holderOf(reassigned.id());
		String other = alice.equals(holder) ? bob : alice;
		expect(200, assign(org.ownerToken(), reassigned.id(), other, null));

		clock.advance(Duration.ofMinutes(5));

		transfers.fire();
		assertThat(statusOf(closed.id())).isEqualTo("CLOSED");
		assertThat(holderOf(reassigned.id())).isEqualTo(other);
		assertThat(ruleMoves(replied.id())).isEmpty();
		assertThat(ruleMoves(closed.id())).isEmpty();
		assertThat(ruleMoves(reassigned.id())).isEmpty();
	}

	@Test
	void theTeamsLeaveAndTransferFieldsAreValidatedAndShown() {
		String team = org.aTeam("Support", Map.of("onAgentLeave", "REQUEUE", "leaveGraceSeconds", 0,
				"unansweredTransferSeconds", 30));
		JsonNode shown = expect(200, api.get("/api/v1/teams/" + team, org.ownerToken())).json();
		assertThat(shown.path("onAgentLeave").asString()).isEqualTo("REQUEUE");
		assertThat(shown.path("leaveGraceSeconds").asInt()).isZero();
		assertThat(shown.path("unansweredTransferSeconds").asInt()).isEqualTo(30);

		assertThat(api.patch("/api/v1/teams/" + team, org.ownerToken(), Map.of("leaveGraceSeconds", 3601)).problemCode())
			.isEqualTo("VALIDATION_FAILED");
		assertThat(api.patch("/api/v1/teams/" + team, org.ownerToken(), Map.of("unansweredTransferSeconds", 29))
			.problemCode()).isEqualTo("VALIDATION_FAILED");
		assertThat(api.patch("/api/v1/teams/" + team, org.ownerToken(), Map.of("onAgentLeave", "LATER")).problemCode())
			.isEqualTo("VALIDATION_FAILED");
		expect(200, api.patch("/api/v1/teams/" + team, org.ownerToken(), Map.of("unansweredTransferSeconds", 0)));
		JsonNode off = expect(200, api.get("/api/v1/teams/" + team, org.ownerToken())).json();
		assertThat(off.path("unansweredTransferSeconds").isNull()).isTrue();
		assertThat(off.path("leaveGraceSeconds").asInt()).isZero();
	}

	private String onlineAgent(String name) {
		String agent = org.anAgent(name);
		declare(agent, "ONLINE");
		return agent;
	}

	private void onlineAgentIn(String agent, String onAgentLeave, int grace) {
		useDefaultTeam(org.aTeam("Support", Map.of("onAgentLeave", onAgentLeave, "leaveGraceSeconds", grace), agent));
	}

	/** The conversation's moves a rule made on its own, oldest first: the status it went to, and why. */
	private List<String> ruleMoves(String conversationId) {
		return db.sql("""
				select case when to_agent_id is null then 'QUEUED' else 'ASSIGNED' end || ' ' || reason
				from assignment_log where conversation_id = :conversation and reason is not null order by id""")
			.param("conversation", Long.parseLong(conversationId))
			.query(String.class)
			.list();
	}
}
