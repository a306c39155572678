package dev.tether.api.routing;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static dev.tether.api.support.LineWebhook.aLineUserId;
import static org.assertj.core.api.Assertions.assertThat;

/** Where a new conversation goes: the binding, else the (default) team under its strategy, else nobody. */
class TeamStrategyIntegrationTests extends RoutingScenario {

	@Test
	void roundRobinHandsNewConversationsToEachMemberInTurn() {
		String alice = org.anAgent("Alice Chen");
		String bob = org.anAgent("Bob Sato");
		String carol = org.anAgent("Carol Diaz");
		String team = org.aTeam("Sales", Map.of("strategy", "ROUND_ROBIN"), alice, bob, carol);
		useDefaultTeam(team);

		List<Chat> chats = newConversations(9);

		assertThat(holdersOf(chats)).containsExactly(alice, bob, carol, alice, bob, carol, alice, bob, carol);
		for (Chat chat : chats) {
			JsonNode conversation = conversation(chat.id());
			assertThat(conversation.path("status").asString()).isEqualTo("ASSIGNED");
			assertThat(conversation.path("teamId").asString()).isEqualTo(team);
		}
		assertThat(List.of(openConversationsOf(alice), openConversationsOf(bob), openConversationsOf(carol)))
			.containsExactly(3, 3, 3);
	}

	@Test
	void aSkippedMemberIsFirstInLineOnceOnline() {
		String alice = org.anAgent("Alice Chen");
		String bob = org.anAgent("Bob Sato");
		String carol = org.anAgent("Carol Diaz");
		useDefaultTeam(org.aTeam("Sales", Map.of("onlineOnly", true), alice, bob, carol));
		declare(alice, "ONLINE");
		declare(bob, "ONLINE");
		declare(carol, "ONLINE");
		Chat first = aNewConversation();
		declare(carol, "OFFLINE");
		List<Chat> whileCarolIsOffline = newConversations(3);

		declare(carol, "ONLINE");
		List<Chat> afterwards = newConversations(3);

		assertThat(holderOf(first.id())).isEqualTo(alice);
		assertThat(holdersOf(whileCarolIsOffline)).containsExactly(bob, alice, bob);
		assertThat(holdersOf(afterwards)).containsExactly(carol, alice, bob);
	}

	@Test
	void aMemberWhoJoinsIsServedNextAndOneWhoLeavesDropsOutOfTheRotation() {
		String alice = org.anAgent("Alice Chen");
		String bob = org.anAgent("Bob Sato");
		String carol = org.anAgent("Carol Diaz");
		String team = org.aTeam("Sales", alice, bob);
		useDefaultTeam(team);
		List<Chat> before = newConversations(3);

		members(team, alice, bob, carol);
		List<Chat> afterJoining = newConversations(3);
		members(team, bob, carol);
		List<Chat> afterLeaving = newConversations(3);

		assertThat(holdersOf(before)).containsExactly(alice, bob, alice);
		assertThat(holdersOf(afterJoining)).containsExactly(carol, bob, alice);
		assertThat(holdersOf(afterLeaving)).containsExactly(carol, bob, carol);
	}

	@Test
	void leastOpenGoesToWhoeverHoldsFewestConversationsNowNotInTheirLifetime() {
		String alice = org.anAgent("Alice Chen");
		String bob = org.anAgent("Bob Sato");
		String carol = org.anAgent("Carol Diaz");
		useDefaultTeam(org.aTeam("Support", Map.of("strategy", "LEAST_OPEN"), alice, bob, carol));
		List<Chat> firstRound = newConversations(3);
		closeAsOwner(firstRound.get(0).id());
		Chat second = aNewConversation();
		closeAsOwner(second.id());

		Chat third = aNewConversation();
		Chat fourth = aNewConversation();

		assertThat(holdersOf(firstRound)).containsExactly(alice, bob, carol);
		assertThat(holderOf(second.id())).isEqualTo(alice);
		assertThat(holderOf(third.id())).as("alice has had two but holds none").isEqualTo(alice);
		assertThat(holderOf(fourth.id())).as("equal loads are broken by rotation").isEqualTo(bob);
		assertThat(List.of(openConversationsOf(alice), openConversationsOf(bob), openConversationsOf(carol)))
			.containsExactly(1, 2, 1);
	}

	@Test
	void leastOpenCountsConversationsAMemberHoldsFromOutsideTheTeam() {
		String alice = org.anAgent("Alice Chen");
		String bob = org.anAgent("Bob Sato");
		bindingFrom(aLineUserId(), bob, null);
		useDefaultTeam(org.aTeam("Support", Map.of("strategy", "LEAST_OPEN"), bob, alice));

		Chat first = aNewConversation();
		Chat second = aNewConversation();

		assertThat(holderOf(first.id())).as("bob is first in line but already holds one").isEqualTo(alice);
		assertThat(holderOf(second.id())).isEqualTo(bob);
	}

	@Test
	void randomReachesEveryEligibleMemberAndNeverAnIneligibleOne() {
		String alice = org.anAgent("Alice Chen");
		String bob = org.anAgent("Bob Sato");
		String carol = org.anAgent("Carol Diaz");
		String away = org.anAgent("Dan Away");
		String gone = org.anAgent("Eve Gone");
		useDefaultTeam(org.aTeam("Sales", Map.of("strategy", "RANDOM"), alice, bob, carol, away, gone));
		declare(away, "AWAY");
		deactivate(gone);

		List<Chat> chats = newConversations(30);

		Set<String> holders = new HashSet<>(holdersOf(chats));
		assertThat(holders).containsExactlyInAnyOrder(alice, bob, carol);
		assertThat(openConversationsOf(alice) + openConversationsOf(bob) + openConversationsOf(carol)).isEqualTo(30);
	}

	@Test
	void aManualTeamQueuesEveryNewConversationEvenWithMembersOnline() {
		String alice = org.anAgent("Alice Chen");
		String team = org.aTeam("Concierge", Map.of("strategy", "MANUAL"), alice);
		useDefaultTeam(team);
		declare(alice, "ONLINE");

		Chat chat = aNewConversation();
		declare(alice, "OFFLINE");
		declare(alice, "ONLINE");

		JsonNode conversation = conversation(chat.id());
		assertThat(conversation.path("status").asString()).isEqualTo("QUEUED");
		assertThat(conversation.path("teamId").asString()).isEqualTo(team);
		assertThat(textOf(conversation.path("agentId"))).isNull();
		assertThat(textOf(conversation.path("queuedSince"))).isNotNull();
		assertThat(listed("status=QUEUED&teamId=" + team)).containsExactly(chat.id());
		assertThat(openConversationsOf(alice)).isZero();
	}

	@Test
	void withoutADefaultTeamANewConversationStaysUnassignedAndVisibleAsSuch() {
		org.aTeam("Sales", org.anAgent("Alice Chen"));

		Chat chat = aNewConversation();

		JsonNode conversation = conversation(chat.id());
		assertThat(conversation.path("status").asString()).isEqualTo("UNASSIGNED");
		assertThat(textOf(conversation.path("agentId"))).isNull();
		assertThat(textOf(conversation.path("teamId"))).isNull();
		assertThat(listed("unassigned=true")).containsExactly(chat.id());
		assertThat(listed("status=UNASSIGNED")).containsExactly(chat.id());
	}

	@Test
	void furtherMessagesStayInTheOpenConversationWithItsAssignee() {
		String alice = org.anAgent("Alice Chen");
		String bob = org.anAgent("Bob Sato");
		useDefaultTeam(org.aTeam("Sales", alice, bob));
		Chat first = aNewConversation();

		Chat again = messageFrom(first.lineUserId(), "are you there?");
		Chat someoneElse = aNewConversation();

		assertThat(again.id()).isEqualTo(first.id());
		assertThat(holderOf(first.id())).isEqualTo(alice);
		assertThat(holderOf(someoneElse.id())).isEqualTo(bob);
		assertThat(openConversationsOf(alice)).isEqualTo(1);
	}

	@Test
	void aContactBoundToAnAgentReachesThatAgentNotTheDefaultTeam() {
		String alice = org.anAgent("Alice Chen");
		String bob = org.anAgent("Bob Sato");
		useDefaultTeam(org.aTeam("Sales", alice));
		String customer = aLineUserId();
		Chat bound = bindingFrom(customer, bob, null);
		closeAsOwner(bound.id());

		Chat next = messageFrom(customer, "hello again");
		Chat unbound = aNewConversation();

		assertThat(next.id()).isNotEqualTo(bound.id());
		JsonNode conversation = conversation(next.id());
		assertThat(conversation.path("status").asString()).isEqualTo("ASSIGNED");
		assertThat(conversation.path("agentId").asString()).isEqualTo(bob);
		assertThat(textOf(conversation.path("teamId"))).isNull();
		assertThat(holderOf(unbound.id())).isEqualTo(alice);
	}

	@Test
	void aContactBoundToATeamHasEachNewConversationPickedByTheTeamsStrategy() {
		String alice = org.anAgent("Alice Chen");
		String bob = org.anAgent("Bob Sato");
		String team = org.aTeam("Sales", Map.of("strategy", "ROUND_ROBIN"), alice, bob);
		String customer = aLineUserId();
		Chat first = bindingFrom(customer, null, team);
		closeAsOwner(first.id());

		Chat second = messageFrom(customer, "one more question");

		assertThat(holderOf(first.id())).isEqualTo(alice);
		JsonNode conversation = conversation(second.id());
		assertThat(conversation.path("agentId").asString()).isEqualTo(bob);
		assertThat(conversation.path("teamId").asString()).isEqualTo(team);
	}

	@Test
	void aContactBoundToAnAgentWithinATeamReachesTheAgentAndTheTeamSeesIt() {
		String alice = org.anAgent("Alice Chen");
		String bob = org.anAgent("Bob Sato");
		String team = org.aTeam("Sales", alice, bob);
		String customer = aLineUserId();
		closeAsOwner(bindingFrom(customer, bob, team).id());

		Chat next = messageFrom(customer, "hello again");

		JsonNode conversation = conversation(next.id());
		assertThat(conversation.path("agentId").asString()).isEqualTo(bob);
		assertThat(conversation.path("teamId").asString()).isEqualTo(team);
		assertThat(listed("status=ASSIGNED&teamId=" + team)).containsExactly(next.id());
	}

	@Test
	void aContactBoundToADeactivatedAgentWithinATeamIsPickedForByTheTeam() {
		String alice = org.anAgent("Alice Chen");
		String bob = org.anAgent("Bob Sato");
		String team = org.aTeam("Sales", alice, bob);
		String customer = aLineUserId();
		closeAsOwner(bindingFrom(customer, alice, team).id());
		deactivate(alice);

		Chat next = messageFrom(customer, "hello again");

		JsonNode conversation = conversation(next.id());
		assertThat(conversation.path("status").asString()).isEqualTo("ASSIGNED");
		assertThat(conversation.path("agentId").asString()).isEqualTo(bob);
		assertThat(conversation.path("teamId").asString()).isEqualTo(team);
	}
}
