package dev.tether.api.assignment;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.tether.api.support.IntegrationTest;
import dev.tether.api.support.LineWebhook;
import dev.tether.api.support.OrgFixture;
import dev.tether.api.support.OrgFixture.ChannelRef;
import dev.tether.api.support.TetherClient;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

class AssignmentApiIntegrationTests extends IntegrationTest {

	@Test
	void individualAssignBindsPermanentlyAndAssignsAContactTetherHasNotSeen() {
		OrgFixture org = anOrg();
		ChannelRef channel = org.aChannel();
		String alice = org.anAgent("Alice Chen", Map.of("externalCode", "EMP-001"));
		String integration = org.aToken("INTEGRATION", null);
		String customer = LineWebhook.aLineUserId();

		TetherClient.Response answer = api.post("/api/v1/assignments/individual", integration,
				Map.of("channelId", channel.id(), "lineUserId", customer, "agent", "EMP-001"));

		assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
		assertThat(answer.field("status")).isEqualTo("ASSIGNED");
		assertThat(answer.field("agentId")).isEqualTo(alice);
		JsonNode contact = api.get("/api/v1/channels/" + channel.id() + "/contacts/" + customer, integration).json();
		assertThat(contact.path("binding").path("agentId").asString()).isEqualTo(alice);
		assertThat(contact.path("binding").path("mode").asString()).isEqualTo("PERMANENT");
		assertThat(contact.path("conversation").path("id").asString()).isEqualTo(answer.field("conversationId"));
		assertThat(contact.path("conversation").path("agentId").asString()).isEqualTo(alice);
	}

	@Test
	void anAgentIsNamedByIdEmailOrExternalCode() {
		OrgFixture org = anOrg();
		ChannelRef channel = org.aChannel();
		String alice = org.anAgent("Alice Chen", Map.of("email", "alice@brand.test", "externalCode", "EMP-7"));

		for (String name : List.of(alice, "alice@brand.test", "ALICE@brand.test", "EMP-7")) {
			TetherClient.Response answer = individual(org, channel, LineWebhook.aLineUserId(), name);
			assertThat(answer.field("agentId")).as(name).isEqualTo(alice);
		}
		assertThat(individual(org, channel, LineWebhook.aLineUserId(), "nobody@brand.test").problemCode())
			.isEqualTo("AGENT_NOT_FOUND");
	}

	@Test
	void individualAssignReplacesABindingEvenInPermanentMode() {
		OrgFixture org = anOrg();
		ChannelRef channel = org.aChannel();
		String bob = org.anAgent("Bob Sato");
		String customer = LineWebhook.aLineUserId();
		webhookOf(channel).deliver(LineWebhook.text(customer, org.bindingMessageFor(channel, org.anAgent("Alice"))));

		individual(org, channel, customer, bob);

		JsonNode contact = org.contact(channel, customer).json();
		assertThat(contact.path("binding").path("agentId").asString()).isEqualTo(bob);
		assertThat(contact.path("conversation").path("agentId").asString()).isEqualTo(bob);
	}

	@Test
	void theSameIndividualAssignTwiceLeavesOneStateAndOneLogEntryEach() {
		OrgFixture org = anOrg();
		ChannelRef channel = org.aChannel();
		String alice = org.anAgent("Alice Chen");
		String customer = LineWebhook.aLineUserId();

		TetherClient.Response first = individual(org, channel, customer, alice);
		TetherClient.Response second = individual(org, channel, customer, alice);

		assertThat(second.json()).isEqualTo(first.json());
		assertThat(logEntries(customer)).containsExactlyInAnyOrder("BINDING", "ASSIGNEE");
		assertThat(api.get("/api/v1/agents/" + alice, org.ownerToken()).json().path("openConversations").asInt())
			.isEqualTo(1);
	}

	@Test
	void aDeactivatedAgentIsRefusedAndNothingChanges() {
		OrgFixture org = anOrg();
		ChannelRef channel = org.aChannel();
		String alice = org.anAgent("Alice Chen");
		api.delete("/api/v1/agents/" + alice, org.ownerToken());
		String customer = LineWebhook.aLineUserId();

		TetherClient.Response individual = individual(org, channel, customer, alice);
		TetherClient.Response manual = manual(org, Map.of("channelId", channel.id(), "lineUserId", customer, "agent", alice));

		assertThat(individual.status()).isEqualTo(422);
		assertThat(individual.problemCode()).isEqualTo("AGENT_INACTIVE");
		assertThat(manual.problemCode()).isEqualTo("AGENT_INACTIVE");
		assertThat(org.contact(channel, customer).status()).isEqualTo(404);
	}

	@Test
	void aPurchaseMovesAContactFromTheSalesTeamToTheCustomerServiceTeam() {
		OrgFixture org = anOrg();
		ChannelRef channel = org.aChannel();
		String seller = org.anAgent("Sam Seller");
		String carer = org.anAgent("Cara Carer");
		org.aTeam("Sales", Map.of("code", "sales"), seller);
		String cs = org.aTeam("Customer service", Map.of("code", "cs"), carer);
		String customer = LineWebhook.aLineUserId();
		assertThat(manual(org, Map.of("channelId", channel.id(), "lineUserId", customer, "team", "sales"))
			.field("agentId")).isEqualTo(seller);

		TetherClient.Response moved = manual(org, Map.of("channelId", channel.id(), "lineUserId", customer, "team", "cs"));

		assertThat(moved.status()).isEqualTo(200);
		assertThat(moved.field("status")).isEqualTo("ASSIGNED");
		assertThat(moved.field("agentId")).isEqualTo(carer);
		assertThat(moved.field("teamId")).isEqualTo(cs);
		assertThat(openConversationsOf(org, seller)).isZero();
		assertThat(openConversationsOf(org, carer)).isEqualTo(1);
	}

	@Test
	void theSameTeamAssignTwiceStaysWithTheSameAgentAndLogsOnce() {
		OrgFixture org = anOrg();
		ChannelRef channel = org.aChannel();
		org.aTeam("Sales", Map.of("code", "sales"), org.anAgent("One"), org.anAgent("Two"));
		String customer = LineWebhook.aLineUserId();
		Map<String, Object> request = Map.of("channelId", channel.id(), "lineUserId", customer, "team", "sales");

		TetherClient.Response first = manual(org, request);
		TetherClient.Response second = manual(org, request);

		assertThat(second.json()).isEqualTo(first.json());
		assertThat(logEntries(customer)).containsExactly("ASSIGNEE");
	}

	@Test
	void aTeamWhereNobodyMayTakeItYetQueuesIt() {
		OrgFixture org = anOrg();
		ChannelRef channel = org.aChannel();
		String team = org.aTeam("Night", Map.of("code", "night", "onlineOnly", true), org.anAgent("Owl"));

		TetherClient.Response answer = manual(org,
				Map.of("channelId", channel.id(), "lineUserId", LineWebhook.aLineUserId(), "team", "night"));

		assertThat(answer.status()).isEqualTo(202);
		assertThat(answer.field("status")).isEqualTo("QUEUED");
		assertThat(answer.field("teamId")).isEqualTo(team);
		assertThat(answer.json().path("agentId").isNull()).isTrue();
	}

	@Test
	void aRuleOverridesTheTeamsOwnForOneRequest() {
		OrgFixture org = anOrg();
		ChannelRef channel = org.aChannel();
		String owl = org.anAgent("Owl");
		org.aTeam("Night", Map.of("code", "night", "onlineOnly", true), owl);
		Map<String, Object> rule = Map.of("strategy", "LEAST_OPEN", "onlineOnly", false, "queueTimeoutSeconds", 60);

		TetherClient.Response answer = manual(org, Map.of("channelId", channel.id(), "lineUserId",
				LineWebhook.aLineUserId(), "team", "night", "rule", rule));
		TetherClient.Response withoutRule = manual(org,
				Map.of("channelId", channel.id(), "lineUserId", LineWebhook.aLineUserId(), "team", "night"));

		assertThat(answer.field("status")).isEqualTo("ASSIGNED");
		assertThat(answer.field("agentId")).isEqualTo(owl);
		assertThat(withoutRule.field("status")).isEqualTo("QUEUED");
	}

	@Test
	void aRuleCapacityBelowTheAgentsLoadQueuesInsteadOfAssigning() {
		OrgFixture org = anOrg();
		ChannelRef channel = org.aChannel();
		org.aTeam("Sales", Map.of("code", "sales"), org.anAgent("Busy"));
		manual(org, Map.of("channelId", channel.id(), "lineUserId", LineWebhook.aLineUserId(), "team", "sales"));

		TetherClient.Response answer = manual(org, Map.of("channelId", channel.id(), "lineUserId",
				LineWebhook.aLineUserId(), "team", "sales", "rule", Map.of("maxOpenContacts", 1)));

		assertThat(answer.field("status")).isEqualTo("QUEUED");
	}

	@Test
	void aTeamWithoutMembersIsRefused() {
		OrgFixture org = anOrg();
		ChannelRef channel = org.aChannel();
		org.aTeam("Empty", Map.of("code", "empty"));

		TetherClient.Response answer = manual(org,
				Map.of("channelId", channel.id(), "lineUserId", LineWebhook.aLineUserId(), "team", "empty"));

		assertThat(answer.status()).isEqualTo(422);
		assertThat(answer.problemCode()).isEqualTo("TEAM_EMPTY");
	}

	@Test
	void anyAgentRotatesOverEveryActiveAgentOfTheOrg() {
		OrgFixture org = anOrg();
		ChannelRef channel = org.aChannel();
		Set<String> agents = Set.of(org.anAgent("One"), org.anAgent("Two"), org.anAgent("Three"));
		String gone = org.anAgent("Gone");
		api.delete("/api/v1/agents/" + gone, org.ownerToken());

		Set<String> picked = new HashSet<>();
		for (int i = 0; i < 3; i++) {
			TetherClient.Response answer = manual(org,
					Map.of("channelId", channel.id(), "lineUserId", LineWebhook.aLineUserId(), "anyAgent", true));
			assertThat(answer.field("status")).isEqualTo("ASSIGNED");
			picked.add(answer.field("agentId"));
		}

		assertThat(picked).isEqualTo(agents);
	}

	@Test
	void unassignLeavesTheConversationWithNobody() {
		OrgFixture org = anOrg();
		ChannelRef channel = org.aChannel();
		String alice = org.anAgent("Alice");
		String customer = LineWebhook.aLineUserId();
		manual(org, Map.of("channelId", channel.id(), "lineUserId", customer, "agent", alice));

		TetherClient.Response answer = manual(org, Map.of("channelId", channel.id(), "lineUserId", customer, "unassign", true));

		assertThat(answer.status()).isEqualTo(200);
		assertThat(answer.field("status")).isEqualTo("UNASSIGNED");
		assertThat(org.contact(channel, customer).json().path("conversation").path("agentId").isNull()).isTrue();
		assertThat(openConversationsOf(org, alice)).isZero();
	}

	@Test
	void aManualAssignNamesExactlyOneTarget() {
		OrgFixture org = anOrg();
		ChannelRef channel = org.aChannel();
		Map<String, Object> both = new LinkedHashMap<>(
				Map.of("channelId", channel.id(), "lineUserId", LineWebhook.aLineUserId(), "anyAgent", true));
		both.put("unassign", true);

		assertThat(manual(org, both).problemCode()).isEqualTo("VALIDATION_FAILED");
		assertThat(manual(org, Map.of("channelId", channel.id(), "lineUserId", LineWebhook.aLineUserId())).status())
			.isEqualTo(400);
	}

	@Test
	void integrationTokensUseTheAssignmentApiReadContactsAndSyncButNothingElse() {
		OrgFixture org = anOrg();
		ChannelRef channel = org.aChannel();
		String alice = org.anAgent("Alice");
		String integration = org.aToken("INTEGRATION", null);
		String customer = LineWebhook.aLineUserId();
		assertThat(api.post("/api/v1/assignments/manual", integration,
				Map.of("channelId", channel.id(), "lineUserId", customer, "agent", alice)).status()).isEqualTo(200);

		assertThat(api.get("/api/v1/channels/" + channel.id() + "/contacts/" + customer, integration).status())
			.isEqualTo(200);
		assertThat(api.get("/api/v1/conversations?agentId=" + alice, integration).json().path("totalItems").asInt())
			.isEqualTo(1);
		assertThat(api.patch("/api/v1/agents/" + alice, integration, Map.of("maxOpenContacts", 3)).status())
			.isEqualTo(200);
		for (TetherClient.Response refused : List.of(api.get("/api/v1/settings", integration),
				api.get("/api/v1/channels", integration), api.get("/api/v1/events", integration),
				api.get("/api/v1/event-subscriptions", integration),
				api.post("/api/v1/binding-codes", integration, Map.of("channelId", channel.id(), "agentId", alice)),
				api.put("/api/v1/agents/" + alice + "/presence", integration, Map.of("status", "ONLINE")),
				api.post("/api/v1/tokens", integration, Map.of("name", "x", "role", "INTEGRATION")))) {
			assertThat(refused.status()).as(refused.toString()).isEqualTo(403);
		}
	}

	@Test
	void agentTokensMayNotUseTheAssignmentApi() {
		OrgFixture org = anOrg();
		ChannelRef channel = org.aChannel();
		String alice = org.anAgent("Alice");

		TetherClient.Response answer = api.post("/api/v1/assignments/individual", org.aToken("AGENT", alice),
				Map.of("channelId", channel.id(), "lineUserId", LineWebhook.aLineUserId(), "agent", alice));

		assertThat(answer.status()).isEqualTo(403);
	}

	private TetherClient.Response individual(OrgFixture org, ChannelRef channel, String customer, String agent) {
		return api.post("/api/v1/assignments/individual", org.ownerToken(),
				Map.of("channelId", channel.id(), "lineUserId", customer, "agent", agent));
	}

	private TetherClient.Response manual(OrgFixture org, Map<String, Object> body) {
		return api.post("/api/v1/assignments/manual", org.ownerToken(), body);
	}

	private int openConversationsOf(OrgFixture org, String agent) {
		return api.get("/api/v1/agents/" + agent, org.ownerToken()).json().path("openConversations").asInt();
	}

	private List<String> logEntries(String customer) {
		return db.sql("select l.kind from assignment_log l join contact c on c.id = l.contact_id where c.line_user_id = ?")
			.param(customer)
			.query(String.class)
			.list();
	}
}
