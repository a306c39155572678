package dev.tether.api.routing;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A conversation nobody may take waits in its team's queue, oldest first; it is assigned within
 * the very request that makes someone eligible, and leaves the queue at the team's timeout.
 */
class QueueIntegrationTests extends RoutingScenario {

	@Test
	void aQueuedConversationIsAssignedTheMomentAMemberComesOnline() {
		String alice = org.anAgent("Alice Chen");
		String team = org.aTeam("Sales", Map.of("onlineOnly", true), alice);
		useDefaultTeam(team);
		Chat chat = aNewConversation();
		JsonNode queued = conversation(chat.id());
		assertThat(queued.path("status").asString()).isEqualTo("QUEUED");
		assertThat(queued.path("teamId").asString()).isEqualTo(team);
		assertThat(textOf(queued.path("queuedSince"))).isNotNull();

		declare(alice, "ONLINE");

		JsonNode assigned = conversation(chat.id());
		assertThat(assigned.path("status").asString()).isEqualTo("ASSIGNED");
		assertThat(assigned.path("agentId").asString()).isEqualTo(alice);
		assertThat(assigned.path("teamId").asString()).isEqualTo(team);
		assertThat(textOf(assigned.path("queuedSince"))).isNull();
		assertThat(openConversationsOf(alice)).isEqualTo(1);
		assertThat(listed("status=QUEUED")).isEmpty();
	}

	@Test
	void theQueueIsServedOldestFirst() {
		String alice = org.anAgent("Alice Chen", Map.of("maxOpenContacts", 1));
		String team = org.aTeam("Sales", Map.of("onlineOnly", true), alice);
		useDefaultTeam(team);
		List<Chat> chats = newConversations(3);
		assertThat(listed("status=QUEUED&teamId=" + team)).hasSize(3);

		declare(alice, "ONLINE");
		List<String> afterOnline = statusesOf(chats);
		closeAsOwner(chats.get(0).id());
		List<String> afterFirstClosed = statusesOf(chats);
		closeAsOwner(chats.get(1).id());
		List<String> afterSecondClosed = statusesOf(chats);

		assertThat(afterOnline).containsExactly("ASSIGNED", "QUEUED", "QUEUED");
		assertThat(afterFirstClosed).containsExactly("CLOSED", "ASSIGNED", "QUEUED");
		assertThat(afterSecondClosed).containsExactly("CLOSED", "CLOSED", "ASSIGNED");
		assertThat(holderOf(chats.get(2).id())).isEqualTo(alice);
	}

	@Test
	void everyQueuedConversationIsAssignedOnceSomeoneCanTakeThemAll() {
		String alice = org.anAgent("Alice Chen");
		String bob = org.anAgent("Bob Sato");
		useDefaultTeam(org.aTeam("Sales", Map.of("onlineOnly", true), alice, bob));
		List<Chat> chats = newConversations(4);

		declare(alice, "ONLINE");

		assertThat(statusesOf(chats)).containsOnly("ASSIGNED");
		assertThat(holdersOf(chats)).containsOnly(alice);
		assertThat(openConversationsOf(alice)).isEqualTo(4);
		assertThat(listed("status=ASSIGNED&agentId=" + alice)).hasSize(4);
	}

	@Test
	void anAgentWhoHandsOffOrUnassignsAConversationTakesTheNextFromTheQueue() {
		String alice = org.anAgent("Alice Chen");
		String outsider = org.anAgent("Oscar Field");
		useDefaultTeam(org.aTeam("Sales", Map.of("maxOpenContacts", 1), alice));
		List<Chat> chats = newConversations(3);
		String alicesToken = org.aToken("AGENT", alice);

		expect(200, assign(alicesToken, chats.get(0).id(), outsider, null));
		List<String> afterHandOff = holdersOf(chats);
		expect(200, unassign(alicesToken, chats.get(1).id()));
		List<String> afterUnassign = holdersOf(chats);

		assertThat(afterHandOff).containsExactly(outsider, alice, null);
		assertThat(afterUnassign).containsExactly(outsider, null, alice);
		assertThat(statusesOf(chats)).containsExactly("ASSIGNED", "UNASSIGNED", "ASSIGNED");
		assertThat(openConversationsOf(alice)).isEqualTo(1);
	}

	@Test
	void aMemberWhoJoinsTakesTheQueueAtOnce() {
		String alice = org.anAgent("Alice Chen");
		String bob = org.anAgent("Bob Sato");
		String team = org.aTeam("Sales", alice);
		useDefaultTeam(team);
		declare(alice, "AWAY");
		Chat chat = aNewConversation();
		assertThat(statusOf(chat.id())).isEqualTo("QUEUED");

		members(team, alice, bob);

		assertThat(statusOf(chat.id())).isEqualTo("ASSIGNED");
		assertThat(holderOf(chat.id())).isEqualTo(bob);
	}

	@Test
	void raisingAnAgentsCapTakesTheQueueAtOnce() {
		String alice = org.anAgent("Alice Chen", Map.of("maxOpenContacts", 1));
		useDefaultTeam(org.aTeam("Sales", alice));
		List<Chat> chats = newConversations(2);
		assertThat(statusesOf(chats)).containsExactly("ASSIGNED", "QUEUED");

		changeAgent(alice, Map.of("maxOpenContacts", 2));

		assertThat(holdersOf(chats)).containsExactly(alice, alice);
		assertThat(openConversationsOf(alice)).isEqualTo(2);
	}

	@Test
	void raisingATeamsCapTakesTheQueueAtOnce() {
		String alice = org.anAgent("Alice Chen");
		String team = org.aTeam("Sales", Map.of("maxOpenContacts", 1), alice);
		useDefaultTeam(team);
		List<Chat> chats = newConversations(2);
		assertThat(statusesOf(chats)).containsExactly("ASSIGNED", "QUEUED");

		changeTeam(team, Map.of("maxOpenContacts", 2));

		assertThat(holdersOf(chats)).containsExactly(alice, alice);
	}

	@Test
	void looseningATeamsRuleHandsOutItsQueueAtOnce() {
		String alice = org.anAgent("Alice Chen");
		String team = org.aTeam("Sales", Map.of("strategy", "MANUAL", "onlineOnly", true), alice);
		useDefaultTeam(team);
		Chat chat = aNewConversation();
		changeTeam(team, Map.of("strategy", "ROUND_ROBIN"));
		String stillQueued = statusOf(chat.id());

		changeTeam(team, Map.of("onlineOnly", false));

		assertThat(stillQueued).as("alice is not online").isEqualTo("QUEUED");
		assertThat(statusOf(chat.id())).isEqualTo("ASSIGNED");
		assertThat(holderOf(chat.id())).isEqualTo(alice);
	}

	@Test
	void anAwayMemberWhoComesBackOnlineTakesTheQueueAtOnce() {
		String alice = org.anAgent("Alice Chen");
		useDefaultTeam(org.aTeam("Sales", Map.of("onlineOnly", false), alice));
		declare(alice, "AWAY");
		Chat chat = aNewConversation();
		assertThat(statusOf(chat.id())).isEqualTo("QUEUED");

		declare(alice, "ONLINE");

		assertThat(holderOf(chat.id())).isEqualTo(alice);
	}

	@Test
	void anAwayMemberWhoGoesOfflineTakesTheQueueOfATeamThatDoesNotAskForOnline() {
		String alice = org.anAgent("Alice Chen");
		useDefaultTeam(org.aTeam("Sales", Map.of("onlineOnly", false), alice));
		declare(alice, "AWAY");
		Chat chat = aNewConversation();
		assertThat(statusOf(chat.id())).isEqualTo("QUEUED");

		declare(alice, "OFFLINE");

		assertThat(statusOf(chat.id())).isEqualTo("ASSIGNED");
		assertThat(holderOf(chat.id())).isEqualTo(alice);
	}

	@Test
	void aQueueIsServedOnlyByItsOwnTeam() {
		String alice = org.anAgent("Alice Chen");
		String bob = org.anAgent("Bob Sato");
		String sales = org.aTeam("Sales", Map.of("onlineOnly", true), alice);
		org.aTeam("Support", Map.of("onlineOnly", true), bob);
		useDefaultTeam(sales);
		Chat chat = aNewConversation();

		declare(bob, "ONLINE");

		assertThat(statusOf(chat.id())).isEqualTo("QUEUED");
		assertThat(conversation(chat.id()).path("teamId").asString()).isEqualTo(sales);
		assertThat(openConversationsOf(bob)).isZero();
	}

	@Test
	void aConversationLeavesTheQueueAtTheTeamsTimeoutUnassignedAndAnnounced() {
		String alice = org.anAgent("Alice Chen");
		String team = org.aTeam("Sales", Map.of("onlineOnly", true, "queueTimeoutSeconds", 1), alice);
		useDefaultTeam(team);
		Chat chat = aNewConversation();
		assertThat(statusOf(chat.id())).isEqualTo("QUEUED");

		await().atMost(Duration.ofSeconds(10)).until(() -> statusOf(chat.id()), "TIMED_OUT"::equals);
		declare(alice, "ONLINE");

		JsonNode conversation = conversation(chat.id());
		assertThat(conversation.path("status").asString()).isEqualTo("TIMED_OUT");
		assertThat(textOf(conversation.path("agentId"))).isNull();
		assertThat(openConversationsOf(alice)).isZero();
		assertThat(listed("unassigned=true")).containsExactly(chat.id());
		JsonNode events = expect(200, api.get("/api/v1/events?type=queue.timed_out", org.ownerToken())).json();
		assertThat(events.size()).isEqualTo(1);
		JsonNode event = events.get(0);
		assertThat(event.path("type").asString()).isEqualTo("queue.timed_out");
		assertThat(event.path("orgId").asString()).isEqualTo(org.id());
		assertThat(event.path("data").path("conversationId").asString()).isEqualTo(chat.id());
		assertThat(event.path("data").path("teamId").asString()).isEqualTo(team);
	}

	@Test
	void aQueueTimeoutIsRecordedInTheAssignmentLog() {
		String team = org.aTeam("Sales", Map.of("onlineOnly", true, "queueTimeoutSeconds", 1), org.anAgent("Alice Chen"));
		useDefaultTeam(team);
		Chat chat = aNewConversation();

		await().atMost(Duration.ofSeconds(10)).until(() -> statusOf(chat.id()), "TIMED_OUT"::equals);

		assertThat(db.sql("select count(*) from assignment_log where conversation_id = ? and source = 'TIMEOUT' "
				+ "and to_agent_id is null").param(Long.parseLong(chat.id())).query(Long.class).single())
			.isEqualTo(1);
	}

	@Test
	void aConversationAssignedBeforeItsTimeoutStaysAssigned() {
		String alice = org.anAgent("Alice Chen", Map.of("maxOpenContacts", 1));
		useDefaultTeam(org.aTeam("Sales", Map.of("onlineOnly", true, "queueTimeoutSeconds", 2), alice));
		List<Chat> chats = newConversations(2);
		declare(alice, "ONLINE");
		assertThat(statusesOf(chats)).as("alice takes the older one; the other still waits").containsExactly("ASSIGNED", "QUEUED");

		await().atMost(Duration.ofSeconds(10)).until(() -> statusOf(chats.get(1).id()), "TIMED_OUT"::equals);

		assertThat(statusOf(chats.get(0).id())).isEqualTo("ASSIGNED");
		assertThat(holderOf(chats.get(0).id())).isEqualTo(alice);
		assertThat(db.sql("select count(*) from assignment_log where conversation_id = ? and source = 'TIMEOUT'")
			.param(Long.parseLong(chats.get(0).id()))
			.query(Long.class)
			.single()).isZero();
		assertThat(expect(200, api.get("/api/v1/events?type=queue.timed_out", org.ownerToken())).json().size())
			.isEqualTo(1);
	}

	private List<String> statusesOf(List<Chat> chats) {
		List<String> statuses = new ArrayList<>();
		chats.forEach(chat -> statuses.add(statusOf(chat.id())));
		return statuses;
	}
}
