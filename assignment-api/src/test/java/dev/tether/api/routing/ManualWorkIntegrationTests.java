package dev.tether.api.routing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.tether.api.support.OrgFixture;
import dev.tether.api.support.TetherClient;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static dev.tether.api.support.LineWebhook.aLineUserId;
import static org.assertj.core.api.Assertions.assertThat;

/** What people do by hand: assign, unassign, close, and the binding adjustment; who may do which. */
class ManualWorkIntegrationTests extends RoutingScenario {

	@Test
	void anAdminAssignsAConversationToAnAgent() {
		String alice = org.anAgent("Alice Chen");
		Chat chat = aNewConversation();

		TetherClient.Response answer = assign(org.ownerToken(), chat.id(), alice, null);

		assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
		assertThat(answer.field("status")).isEqualTo("ASSIGNED");
		assertThat(answer.json().path("conversation").path("id").asString()).isEqualTo(chat.id());
		assertThat(answer.json().path("conversation").path("agentId").asString()).isEqualTo(alice);
		assertThat(statusOf(chat.id())).isEqualTo("ASSIGNED");
		assertThat(holderOf(chat.id())).isEqualTo(alice);
		assertThat(openConversationsOf(alice)).isEqualTo(1);
		assertThat(db.sql("select source from assignment_log where conversation_id = ? and to_agent_id = ?")
			.param(Long.parseLong(chat.id()))
			.param(Long.parseLong(alice))
			.query(String.class)
			.list()).containsExactly("MANUAL");
	}

	@Test
	void assigningToATeamLetsItsStrategyPick() {
		String alice = org.anAgent("Alice Chen");
		String bob = org.anAgent("Bob Sato");
		String team = org.aTeam("Sales", Map.of("strategy", "ROUND_ROBIN"), alice, bob);
		List<Chat> chats = newConversations(2);

		TetherClient.Response first = assign(org.ownerToken(), chats.get(0).id(), null, team);
		TetherClient.Response second = assign(org.ownerToken(), chats.get(1).id(), null, team);

		assertThat(first.status()).as(first.toString()).isEqualTo(200);
		assertThat(first.field("status")).isEqualTo("ASSIGNED");
		assertThat(first.json().path("conversation").path("agentId").asString()).isEqualTo(alice);
		assertThat(first.json().path("conversation").path("teamId").asString()).isEqualTo(team);
		assertThat(second.json().path("conversation").path("agentId").asString()).isEqualTo(bob);
		assertThat(holdersOf(chats)).containsExactly(alice, bob);
	}

	@Test
	void assigningToATeamWhereNobodyMayTakeItYetQueuesItThere() {
		String alice = org.anAgent("Alice Chen");
		String team = org.aTeam("Sales", Map.of("onlineOnly", true), alice);
		Chat chat = aNewConversation();

		TetherClient.Response answer = assign(org.ownerToken(), chat.id(), null, team);

		assertThat(answer.status()).as(answer.toString()).isEqualTo(202);
		assertThat(answer.field("status")).isEqualTo("QUEUED");
		JsonNode conversation = conversation(chat.id());
		assertThat(conversation.path("status").asString()).isEqualTo("QUEUED");
		assertThat(conversation.path("teamId").asString()).isEqualTo(team);
		assertThat(textOf(conversation.path("queuedSince"))).isNotNull();
		declare(alice, "ONLINE");
		assertThat(holderOf(chat.id())).isEqualTo(alice);
	}

	@Test
	void aDeactivatedAgentIsRefusedAndNothingChanges() {
		String alice = org.anAgent("Alice Chen");
		deactivate(alice);
		Chat chat = aNewConversation();

		TetherClient.Response answer = assign(org.ownerToken(), chat.id(), alice, null);

		assertThat(answer.status()).as(answer.toString()).isEqualTo(422);
		assertThat(answer.problemCode()).isEqualTo("AGENT_INACTIVE");
		assertThat(statusOf(chat.id())).isEqualTo("UNASSIGNED");
		assertThat(holderOf(chat.id())).isNull();
	}

	@Test
	void aTeamWithoutActiveMembersIsRefusedAndNothingChanges() {
		String nobody = org.aTeam("Empty");
		String alice = org.anAgent("Alice Chen");
		String onlyDeactivated = org.aTeam("Former staff", alice);
		deactivate(alice);
		Chat chat = aNewConversation();

		TetherClient.Response empty = assign(org.ownerToken(), chat.id(), null, nobody);
		TetherClient.Response deactivated = assign(org.ownerToken(), chat.id(), null, onlyDeactivated);

		assertThat(empty.status()).as(empty.toString()).isEqualTo(422);
		assertThat(empty.problemCode()).isEqualTo("TEAM_EMPTY");
		assertThat(deactivated.status()).as(deactivated.toString()).isEqualTo(422);
		assertThat(deactivated.problemCode()).isEqualTo("TEAM_EMPTY");
		JsonNode conversation = conversation(chat.id());
		assertThat(conversation.path("status").asString()).isEqualTo("UNASSIGNED");
		assertThat(textOf(conversation.path("teamId"))).isNull();
	}

	@Test
	void anAgentAtCapacityIsRefusedAndNothingChanges() {
		String alice = org.anAgent("Alice Chen", Map.of("maxOpenContacts", 1));
		List<Chat> chats = newConversations(2);
		expect(200, assign(org.ownerToken(), chats.get(0).id(), alice, null));

		TetherClient.Response answer = assign(org.ownerToken(), chats.get(1).id(), alice, null);

		assertThat(answer.status()).as(answer.toString()).isEqualTo(409);
		assertThat(answer.problemCode()).isEqualTo("AGENT_AT_CAPACITY");
		assertThat(statusOf(chats.get(1).id())).isEqualTo("UNASSIGNED");
		assertThat(openConversationsOf(alice)).isEqualTo(1);
	}

	@Test
	void aClosedConversationCanNoLongerBeAssignedUnassignedOrClosed() {
		String alice = org.anAgent("Alice Chen");
		Chat chat = aNewConversation();
		TetherClient.Response closed = close(org.ownerToken(), chat.id());

		List<TetherClient.Response> answers = List.of(assign(org.ownerToken(), chat.id(), alice, null),
				unassign(org.ownerToken(), chat.id()), close(org.ownerToken(), chat.id()));

		assertThat(closed.status()).as(closed.toString()).isEqualTo(200);
		assertThat(closed.field("status")).isEqualTo("CLOSED");
		for (TetherClient.Response answer : answers) {
			assertThat(answer.status()).as(answer.toString()).isEqualTo(409);
			assertThat(answer.problemCode()).isEqualTo("CONVERSATION_CLOSED");
		}
		assertThat(statusOf(chat.id())).isEqualTo("CLOSED");
		assertThat(openConversationsOf(alice)).isZero();
	}

	@Test
	void anUnknownConversationOrOneOfAnotherOrgIsNotFound() {
		String alice = org.anAgent("Alice Chen");
		Chat chat = aNewConversation();
		OrgFixture other = anOrg();
		String othersAgent = other.anAgent("Mallory Ito");

		List<TetherClient.Response> answers = List.of(assign(org.ownerToken(), "999999999999", alice, null),
				api.get("/api/v1/conversations/999999999999", org.ownerToken()),
				unassign(org.ownerToken(), "999999999999"), close(org.ownerToken(), "999999999999"),
				api.get("/api/v1/conversations/" + chat.id(), other.ownerToken()),
				assign(other.ownerToken(), chat.id(), othersAgent, null), close(other.ownerToken(), chat.id()));

		for (TetherClient.Response answer : answers) {
			assertThat(answer.status()).as(answer.toString()).isEqualTo(404);
			assertThat(answer.problemCode()).isEqualTo("CONVERSATION_NOT_FOUND");
		}
		assertThat(statusOf(chat.id())).isEqualTo("UNASSIGNED");
	}

	@Test
	void unassigningLeavesTheConversationOpenAndVisiblyUnassigned() {
		String alice = org.anAgent("Alice Chen");
		String team = org.aTeam("Sales", alice);
		useDefaultTeam(team);
		Chat chat = aNewConversation();

		TetherClient.Response answer = unassign(org.ownerToken(), chat.id());

		assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
		assertThat(answer.field("status")).isEqualTo("UNASSIGNED");
		JsonNode conversation = conversation(chat.id());
		assertThat(conversation.path("status").asString()).isEqualTo("UNASSIGNED");
		assertThat(textOf(conversation.path("agentId"))).isNull();
		assertThat(listed("unassigned=true")).containsExactly(chat.id());
		assertThat(openConversationsOf(alice)).isZero();
	}

	@Test
	void closingEndsAConversationAndTheContactsNextMessageOpensANewOneRoutedAgain() {
		String alice = org.anAgent("Alice Chen");
		String bob = org.anAgent("Bob Sato");
		useDefaultTeam(org.aTeam("Sales", alice, bob));
		Chat first = aNewConversation();

		TetherClient.Response closed = close(org.ownerToken(), first.id());
		JsonNode contactAfterClosing = org.contact(channel, first.lineUserId()).json();
		Chat next = messageFrom(first.lineUserId(), "me again");

		assertThat(closed.status()).as(closed.toString()).isEqualTo(200);
		assertThat(contactAfterClosing.path("conversation").isNull()).isTrue();
		assertThat(next.id()).isNotEqualTo(first.id());
		assertThat(statusOf(first.id())).isEqualTo("CLOSED");
		assertThat(statusOf(next.id())).isEqualTo("ASSIGNED");
		assertThat(holderOf(next.id())).isEqualTo(bob);
		assertThat(openConversationsOf(alice)).isZero();
	}

	@Test
	void conversationsAreListedByStatusAgentTeamAndWhetherAnyoneHoldsThem() {
		String alice = org.anAgent("Alice Chen");
		String bob = org.anAgent("Bob Sato");
		String team = org.aTeam("Sales", alice);
		useDefaultTeam(team);
		Chat held = aNewConversation();
		Chat released = aNewConversation();
		Chat closed = aNewConversation();
		expect(200, unassign(org.ownerToken(), released.id()));
		closeAsOwner(closed.id());
		Chat elsewhere = aNewConversation();
		expect(200, assign(org.ownerToken(), elsewhere.id(), bob, null));

		assertThat(listed("status=ASSIGNED")).containsExactlyInAnyOrder(held.id(), elsewhere.id());
		assertThat(listed("status=ASSIGNED&agentId=" + alice)).containsExactly(held.id());
		assertThat(listed("agentId=" + bob)).containsExactly(elsewhere.id());
		assertThat(listed("teamId=" + team)).containsExactlyInAnyOrder(held.id(), released.id(), closed.id());
		assertThat(listed("unassigned=true")).containsExactly(released.id());
		assertThat(listed("status=CLOSED")).containsExactly(closed.id());
	}

	@Test
	void anAgentTakesAnUnassignedConversationOfTheirOwnTeamButNotOneOfAnotherTeam() {
		String alice = org.anAgent("Alice Chen");
		String bob = org.anAgent("Bob Sato");
		String sales = org.aTeam("Sales", Map.of("strategy", "MANUAL"), alice, bob);
		String support = org.aTeam("Support", Map.of("strategy", "MANUAL"), bob);
		useDefaultTeam(sales);
		Chat ours = aNewConversation();
		Chat theirs = aNewConversation();
		expect(202, assign(org.ownerToken(), theirs.id(), null, support));
		String alicesToken = org.aToken("AGENT", alice);

		TetherClient.Response taken = assign(alicesToken, ours.id(), alice, null);
		TetherClient.Response otherTeam = assign(alicesToken, theirs.id(), alice, null);

		assertThat(taken.status()).as(taken.toString()).isEqualTo(200);
		assertThat(taken.field("status")).isEqualTo("ASSIGNED");
		assertThat(holderOf(ours.id())).isEqualTo(alice);
		assertThat(otherTeam.status()).as(otherTeam.toString()).isEqualTo(403);
		assertThat(statusOf(theirs.id())).isEqualTo("QUEUED");
	}

	@Test
	void anAgentMayNotGiveAnUnassignedConversationToSomeoneElseNorTakeAnotherAgentsConversation() {
		String alice = org.anAgent("Alice Chen");
		String bob = org.anAgent("Bob Sato");
		useDefaultTeam(org.aTeam("Sales", Map.of("strategy", "MANUAL"), alice, bob));
		Chat waiting = aNewConversation();
		Chat bobs = aNewConversation();
		expect(200, assign(org.ownerToken(), bobs.id(), bob, null));
		String alicesToken = org.aToken("AGENT", alice);

		List<TetherClient.Response> answers = List.of(assign(alicesToken, waiting.id(), bob, null),
				unassign(alicesToken, bobs.id()), close(alicesToken, bobs.id()));
		TetherClient.Response takeBobs = assign(alicesToken, bobs.id(), alice, null);

		for (TetherClient.Response answer : answers) {
			assertThat(answer.status()).as(answer.toString()).isEqualTo(403);
		}
		assertThat(takeBobs.status()).as(takeBobs.toString()).isEqualTo(409);
		assertThat(takeBobs.problemCode()).isEqualTo("CONVERSATION_TAKEN");
		assertThat(takeBobs.field("detail")).contains("Bob Sato");
		assertThat(statusOf(waiting.id())).isEqualTo("QUEUED");
		assertThat(statusOf(bobs.id())).isEqualTo("ASSIGNED");
		assertThat(holderOf(bobs.id())).isEqualTo(bob);
	}

	@Test
	void anAgentHandsOffUnassignsAndClosesTheirOwnConversations() {
		String alice = org.anAgent("Alice Chen");
		String bob = org.anAgent("Bob Sato");
		useDefaultTeam(org.aTeam("Sales", alice));
		List<Chat> chats = newConversations(3);
		String alicesToken = org.aToken("AGENT", alice);

		TetherClient.Response handedOff = assign(alicesToken, chats.get(0).id(), bob, null);
		TetherClient.Response unassigned = unassign(alicesToken, chats.get(1).id());
		TetherClient.Response closed = close(alicesToken, chats.get(2).id());
		TetherClient.Response noLongerHers = close(alicesToken, chats.get(0).id());

		assertThat(handedOff.status()).as(handedOff.toString()).isEqualTo(200);
		assertThat(unassigned.status()).as(unassigned.toString()).isEqualTo(200);
		assertThat(closed.status()).as(closed.toString()).isEqualTo(200);
		assertThat(noLongerHers.status()).as(noLongerHers.toString()).isEqualTo(403);
		assertThat(holderOf(chats.get(0).id())).isEqualTo(bob);
		assertThat(statusesOf(chats)).containsExactly("ASSIGNED", "UNASSIGNED", "CLOSED");
		assertThat(openConversationsOf(alice)).isZero();
		assertThat(openConversationsOf(bob)).isEqualTo(1);
	}

	@Test
	void aManagerActsWithinTheTeamsTheyBelongToOnly() {
		String manager = org.anAgent("Maria Lopez", Map.of("role", "MANAGER"));
		String alice = org.anAgent("Alice Chen");
		String bob = org.anAgent("Bob Sato");
		String sales = org.aTeam("Sales", Map.of("strategy", "MANUAL"), manager, alice);
		String support = org.aTeam("Support", Map.of("strategy", "MANUAL"), bob);
		useDefaultTeam(sales);
		Chat salesChat = aNewConversation();
		Chat anotherSalesChat = aNewConversation();
		Chat supportChat = aNewConversation();
		expect(202, assign(org.ownerToken(), supportChat.id(), null, support));
		String managersToken = org.aToken("MANAGER", manager);

		TetherClient.Response toAlice = assign(managersToken, salesChat.id(), alice, sales);
		TetherClient.Response toOutsider = assign(managersToken, anotherSalesChat.id(), bob, null);
		TetherClient.Response intoOtherTeam = assign(managersToken, anotherSalesChat.id(), null, support);
		TetherClient.Response otherTeamsChat = assign(managersToken, supportChat.id(), bob, null);
		TetherClient.Response closeOtherTeamsChat = close(managersToken, supportChat.id());
		TetherClient.Response unassignOwnTeamsChat = unassign(managersToken, salesChat.id());

		assertThat(toAlice.status()).as(toAlice.toString()).isEqualTo(200);
		assertThat(unassignOwnTeamsChat.status()).as(unassignOwnTeamsChat.toString()).isEqualTo(200);
		for (TetherClient.Response refused : List.of(toOutsider, intoOtherTeam, otherTeamsChat, closeOtherTeamsChat)) {
			assertThat(refused.status()).as(refused.toString()).isEqualTo(403);
		}
		assertThat(statusOf(salesChat.id())).isEqualTo("UNASSIGNED");
		assertThat(statusOf(anotherSalesChat.id())).isEqualTo("QUEUED");
		assertThat(conversation(anotherSalesChat.id()).path("teamId").asString()).isEqualTo(sales);
		assertThat(statusOf(supportChat.id())).isEqualTo("QUEUED");
		assertThat(openConversationsOf(bob)).isZero();
	}

	@Test
	void aConversationTakenByHandFromATeamStaysInThatTeam() {
		String manager = org.anAgent("Maria Lopez", Map.of("role", "MANAGER"));
		String alice = org.anAgent("Alice Chen");
		String sales = org.aTeam("Sales", Map.of("strategy", "MANUAL"), manager, alice);
		useDefaultTeam(sales);
		Chat takenByAlice = aNewConversation();
		Chat givenByManager = aNewConversation();
		String managersToken = org.aToken("MANAGER", manager);
		expect(200, assign(org.aToken("AGENT", alice), takenByAlice.id(), alice, null));
		expect(200, assign(managersToken, givenByManager.id(), alice, null));

		TetherClient.Response managerUnassigns = unassign(managersToken, givenByManager.id());

		assertThat(conversation(takenByAlice.id()).path("teamId").asString()).isEqualTo(sales);
		assertThat(listed("teamId=" + sales)).containsExactlyInAnyOrder(takenByAlice.id(), givenByManager.id());
		assertThat(managerUnassigns.status()).as(managerUnassigns.toString()).isEqualTo(200);
	}

	@Test
	void anAgentMayNotTakeFromTheirTeamsQueueBeyondTheTeamsCap() {
		String alice = org.anAgent("Alice Chen");
		useDefaultTeam(org.aTeam("Sales", Map.of("maxOpenContacts", 1), alice));
		List<Chat> chats = newConversations(2);
		assertThat(statusesOf(chats)).containsExactly("ASSIGNED", "QUEUED");

		TetherClient.Response taken = assign(org.aToken("AGENT", alice), chats.get(1).id(), alice, null);

		assertThat(taken.status()).as(taken.toString()).isEqualTo(409);
		assertThat(taken.problemCode()).isEqualTo("AGENT_AT_CAPACITY");
		assertThat(statusOf(chats.get(1).id())).isEqualTo("QUEUED");
		assertThat(openConversationsOf(alice)).isEqualTo(1);
	}

	@Test
	void removingABindingLetsAPermanentContactBindToSomeoneElse() {
		String alice = org.anAgent("Alice Chen");
		String bob = org.anAgent("Bob Sato");
		String customer = aLineUserId();
		Chat chat = bindingFrom(customer, alice, null);

		TetherClient.Response removed = api
			.delete("/api/v1/channels/" + channel.id() + "/contacts/" + customer + "/binding", org.ownerToken());
		JsonNode unbound = org.contact(channel, customer).json();
		bindingFrom(customer, bob, null);

		assertThat(removed.status()).as(removed.toString()).isEqualTo(204);
		assertThat(unbound.path("binding").isNull()).isTrue();
		assertThat(unbound.path("conversation").path("agentId").asString())
			.as("the conversation stays with whoever holds it")
			.isEqualTo(alice);
		JsonNode contact = org.contact(channel, customer).json();
		assertThat(contact.path("binding").path("agentId").asString()).isEqualTo(bob);
		assertThat(contact.path("binding").path("mode").asString()).isEqualTo("PERMANENT");
		assertThat(contact.path("conversation").path("id").asString()).isEqualTo(chat.id());
		assertThat(contact.path("conversation").path("agentId").asString()).isEqualTo(bob);
		assertThat(replyTextsTo(customer)).containsExactly("You have successfully bound to: Alice Chen",
				"You have successfully bound to: Bob Sato");
	}

	@Test
	void withoutRemovingTheBindingAPermanentContactStaysBound() {
		String alice = org.anAgent("Alice Chen");
		String bob = org.anAgent("Bob Sato");
		String customer = aLineUserId();
		bindingFrom(customer, alice, null);

		bindingFrom(customer, bob, null);

		assertThat(org.contact(channel, customer).json().path("binding").path("agentId").asString()).isEqualTo(alice);
		assertThat(replyTextsTo(customer)).containsExactly("You have successfully bound to: Alice Chen",
				"Binding failed. You were previously bound to: Alice Chen");
	}

	@Test
	void aBindingThatIsNotThereIsNotFound() {
		String customer = aNewConversation().lineUserId();
		String path = "/api/v1/channels/" + channel.id() + "/contacts/" + customer + "/binding";

		TetherClient.Response neverBound = api.delete(path, org.ownerToken());

		assertThat(neverBound.status()).as(neverBound.toString()).isEqualTo(404);
		assertThat(neverBound.problemCode()).isEqualTo("BINDING_NOT_FOUND");
	}

	@Test
	void aBindingIsRemovedOnceAndOnlyByOwnersAndAdmins() {
		String alice = org.anAgent("Alice Chen");
		String customer = aLineUserId();
		bindingFrom(customer, alice, null);
		String path = "/api/v1/channels/" + channel.id() + "/contacts/" + customer + "/binding";

		TetherClient.Response byAgent = api.delete(path, org.aToken("AGENT", alice));
		TetherClient.Response byManager = api.delete(path, org.aToken("MANAGER", alice));
		boolean stillBound = !org.contact(channel, customer).json().path("binding").isNull();
		TetherClient.Response byAdmin = api.delete(path, org.aToken("ADMIN", null));
		TetherClient.Response again = api.delete(path, org.ownerToken());

		assertThat(byAgent.status()).as(byAgent.toString()).isEqualTo(403);
		assertThat(byManager.status()).as(byManager.toString()).isEqualTo(403);
		assertThat(stillBound).isTrue();
		assertThat(byAdmin.status()).as(byAdmin.toString()).isEqualTo(204);
		assertThat(again.status()).as(again.toString()).isEqualTo(404);
		assertThat(again.problemCode()).isEqualTo("BINDING_NOT_FOUND");
	}

	private List<String> replyTextsTo(String lineUserId) {
		JsonNode replies = expect(200,
				api.get("/api/v1/channels/" + channel.id() + "/contacts/" + lineUserId + "/replies", org.ownerToken()))
			.json();
		List<String> texts = new ArrayList<>();
		replies.forEach(reply -> texts.add(reply.path("text").asString()));
		return texts;
	}

	private List<String> statusesOf(List<Chat> chats) {
		return chats.stream().map(chat -> statusOf(chat.id())).toList();
	}
}
