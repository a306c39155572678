package dev.tether.api.routing;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static dev.tether.api.support.LineWebhook.aLineUserId;
import static org.assertj.core.api.Assertions.assertThat;

/** Who may take a new conversation: online when the team asks, not away, under both caps, active. */
class EligibilityIntegrationTests extends RoutingScenario {

	@Test
	void anAgentRecordedOnlineWithoutAnyHeartbeatIsOfflineToTheApiAndToRouting() {
		String alice = org.anAgent("Alice Chen");
		useDefaultTeam(org.aTeam("Sales", Map.of("onlineOnly", true), alice));
		// What a row written by hand or by an older version can hold: declared ONLINE, never a heartbeat.
		db.sql("update agent set presence = 'ONLINE', last_heartbeat_at = null where id = ?")
			.param(Long.parseLong(alice))
			.update();

		Chat chat = aNewConversation();

		assertThat(statusOf(chat.id())).isEqualTo("QUEUED");
		assertThat(presenceOf(alice)).isEqualTo("OFFLINE");
	}

	@Test
	void anOnlineOnlyTeamGivesWorkOnlyToMembersWhoAreOnline() {
		String alice = org.anAgent("Alice Chen");
		String bob = org.anAgent("Bob Sato");
		String carol = org.anAgent("Carol Diaz");
		useDefaultTeam(org.aTeam("Sales", Map.of("onlineOnly", true), alice, bob, carol));
		declare(alice, "ONLINE");
		declare(carol, "ONLINE");

		List<Chat> chats = newConversations(4);

		assertThat(holdersOf(chats)).containsExactly(alice, carol, alice, carol);
		assertThat(List.of(presenceOf(alice), presenceOf(bob), presenceOf(carol)))
			.containsExactly("ONLINE", "OFFLINE", "ONLINE");
		assertThat(openConversationsOf(bob)).isZero();
	}

	@Test
	void anAwayMemberTakesNoNewWorkEvenWhereOfflineMembersDo() {
		String alice = org.anAgent("Alice Chen");
		String bob = org.anAgent("Bob Sato");
		String carol = org.anAgent("Carol Diaz");
		useDefaultTeam(org.aTeam("Sales", Map.of("onlineOnly", false), alice, bob, carol));
		declare(bob, "AWAY");

		List<Chat> chats = newConversations(4);

		assertThat(holdersOf(chats)).containsExactly(alice, carol, alice, carol);
		assertThat(presenceOf(bob)).isEqualTo("AWAY");
		assertThat(presenceOf(alice)).isEqualTo("OFFLINE");
	}

	@Test
	void anAwayMemberOfAnOnlineOnlyTeamTakesNoNewWorkEither() {
		String alice = org.anAgent("Alice Chen");
		String bob = org.anAgent("Bob Sato");
		useDefaultTeam(org.aTeam("Sales", Map.of("onlineOnly", true), alice, bob));
		declare(alice, "ONLINE");
		declare(bob, "ONLINE");
		declare(alice, "AWAY");

		List<Chat> chats = newConversations(2);

		assertThat(holdersOf(chats)).containsExactly(bob, bob);
	}

	@Test
	void theAgentsOwnCapWinsWhenItIsStricterThanTheTeams() {
		String alice = org.anAgent("Alice Chen", Map.of("maxOpenContacts", 1));
		String bob = org.anAgent("Bob Sato");
		useDefaultTeam(org.aTeam("Sales", Map.of("maxOpenContacts", 3), alice, bob));

		List<Chat> chats = newConversations(5);

		assertThat(holdersOf(chats.subList(0, 4))).containsExactly(alice, bob, bob, bob);
		assertThat(statusOf(chats.get(4).id())).isEqualTo("QUEUED");
		assertThat(openConversationsOf(alice)).isEqualTo(1);
		assertThat(openConversationsOf(bob)).isEqualTo(3);
	}

	@Test
	void theTeamsCapWinsWhenItIsStricterThanTheAgentsOwn() {
		String alice = org.anAgent("Alice Chen", Map.of("maxOpenContacts", 5));
		String bob = org.anAgent("Bob Sato", Map.of("maxOpenContacts", 5));
		useDefaultTeam(org.aTeam("Sales", Map.of("maxOpenContacts", 1), alice, bob));

		List<Chat> chats = newConversations(3);

		assertThat(holdersOf(chats.subList(0, 2))).containsExactly(alice, bob);
		assertThat(statusOf(chats.get(2).id())).isEqualTo("QUEUED");
		assertThat(holderOf(chats.get(2).id())).isNull();
		assertThat(openConversationsOf(alice)).isEqualTo(1);
		assertThat(openConversationsOf(bob)).isEqualTo(1);
	}

	@Test
	void conversationsHeldFromOutsideTheTeamCountTowardsAnAgentsCap() {
		String alice = org.anAgent("Alice Chen", Map.of("maxOpenContacts", 1));
		String bob = org.anAgent("Bob Sato");
		bindingFrom(aLineUserId(), alice, null);
		useDefaultTeam(org.aTeam("Sales", alice, bob));

		List<Chat> chats = newConversations(2);

		assertThat(holdersOf(chats)).containsExactly(bob, bob);
		assertThat(openConversationsOf(alice)).isEqualTo(1);
	}

	@Test
	void aDeactivatedMemberIsNeverPicked() {
		String alice = org.anAgent("Alice Chen");
		String bob = org.anAgent("Bob Sato");
		String carol = org.anAgent("Carol Diaz");
		useDefaultTeam(org.aTeam("Sales", alice, bob, carol));
		deactivate(bob);

		List<Chat> chats = newConversations(4);

		assertThat(holdersOf(chats)).containsExactly(alice, carol, alice, carol);
		assertThat(agent(bob).path("active").asBoolean()).isFalse();
		assertThat(openConversationsOf(bob)).isZero();
	}

	@Test
	void openConversationsCountsWhatAnAgentHoldsRightNow() {
		String alice = org.anAgent("Alice Chen");
		useDefaultTeam(org.aTeam("Sales", alice));
		List<Chat> chats = newConversations(3);
		assertThat(openConversationsOf(alice)).isEqualTo(3);

		closeAsOwner(chats.get(0).id());
		assertThat(openConversationsOf(alice)).isEqualTo(2);
		expect(200, unassign(org.ownerToken(), chats.get(1).id()));
		assertThat(openConversationsOf(alice)).isEqualTo(1);
		expect(200, assign(org.ownerToken(), chats.get(1).id(), alice, null));

		assertThat(openConversationsOf(alice)).isEqualTo(2);
		assertThat(listed("status=ASSIGNED&agentId=" + alice)).hasSize(2);
	}

	@Test
	void anAgentSetsTheirOwnPresenceButNotAnotherAgents() {
		String alice = org.anAgent("Alice Chen");
		String bob = org.anAgent("Bob Sato");
		String alicesToken = org.aToken("AGENT", alice);

		var own = api.put("/api/v1/agents/" + alice + "/presence", alicesToken, Map.of("status", "ONLINE"));
		var others = api.put("/api/v1/agents/" + bob + "/presence", alicesToken, Map.of("status", "ONLINE"));

		assertThat(own.status()).as(own.toString()).isEqualTo(200);
		assertThat(own.field("status")).isEqualTo("ONLINE");
		assertThat(others.status()).as(others.toString()).isEqualTo(403);
		assertThat(presenceOf(alice)).isEqualTo("ONLINE");
		assertThat(presenceOf(bob)).isEqualTo("OFFLINE");
	}
}
