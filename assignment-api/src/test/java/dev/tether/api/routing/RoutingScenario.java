package dev.tether.api.routing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.tether.api.support.IntegrationTest;
import dev.tether.api.support.LineWebhook;
import dev.tether.api.support.OrgFixture;
import dev.tether.api.support.OrgFixture.ChannelRef;
import dev.tether.api.support.TetherClient;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import tools.jackson.databind.JsonNode;

import static dev.tether.api.support.LineWebhook.aLineUserId;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the routing tests do over and over, all through the HTTP API: an org with one LINE
 * channel, contacts who write to it, and the calls admins and agents make about their work.
 */
public abstract class RoutingScenario extends IntegrationTest {

	protected OrgFixture org;

	protected ChannelRef channel;

	@BeforeEach
	void anOrgWithAChannel() {
		org = anOrg();
		channel = org.aChannel();
	}

	/** A contact Tether has never seen writes "hi", which opens a new conversation. */
	protected Chat aNewConversation() {
		return messageFrom(aLineUserId(), "hi");
	}

	/** The contact writes; answers the contact's live conversation afterwards. */
	protected Chat messageFrom(String lineUserId, String text) {
		TetherClient.Response delivered = webhookOf(channel).deliver(LineWebhook.text(lineUserId, text));
		assertThat(delivered.status()).as(delivered.toString()).isEqualTo(200);
		JsonNode conversation = org.contact(channel, lineUserId).json().path("conversation");
		assertThat(conversation.isObject()).as("the contact's live conversation").isTrue();
		return new Chat(lineUserId, conversation.path("id").asString());
	}

	/** The contact sends the message of a binding code naming this agent and/or team. */
	protected Chat bindingFrom(String lineUserId, @Nullable String agentId, @Nullable String teamId) {
		return messageFrom(lineUserId, org.aBindingCode(channel, agentId, teamId).field("message"));
	}

	protected List<Chat> newConversations(int count) {
		List<Chat> chats = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			chats.add(aNewConversation());
		}
		return chats;
	}

	protected void useDefaultTeam(String teamId) {
		Map<String, Object> settings = new LinkedHashMap<>();
		settings.put("assignmentMode", "PERMANENT");
		settings.put("autoTags", List.of());
		settings.put("defaultTeamId", teamId);
		expect(200, api.put("/api/v1/settings", org.ownerToken(), settings));
	}

	protected JsonNode conversation(String id) {
		return expect(200, api.get("/api/v1/conversations/" + id, org.ownerToken())).json();
	}

	protected String statusOf(String conversationId) {
		return conversation(conversationId).path("status").asString();
	}

	/** Who holds the conversation now; null when nobody does. */
	protected @Nullable String holderOf(String conversationId) {
		return textOf(conversation(conversationId).path("agentId"));
	}

	protected List<@Nullable String> holdersOf(List<Chat> chats) {
		List<@Nullable String> holders = new ArrayList<>();
		chats.forEach(chat -> holders.add(holderOf(chat.id())));
		return holders;
	}

	/** The ids of the org's conversations a list query answers, e.g. {@code status=QUEUED}. */
	protected List<String> listed(String query) {
		JsonNode page = expect(200, api.get("/api/v1/conversations?" + query, org.ownerToken())).json();
		List<String> ids = new ArrayList<>();
		page.path("items").forEach(item -> ids.add(item.path("id").asString()));
		return ids;
	}

	protected JsonNode agent(String agentId) {
		return expect(200, api.get("/api/v1/agents/" + agentId, org.ownerToken())).json();
	}

	protected int openConversationsOf(String agentId) {
		return agent(agentId).path("openConversations").asInt();
	}

	protected String presenceOf(String agentId) {
		return agent(agentId).path("presence").asString();
	}

	protected void declare(String agentId, String status) {
		expect(200, api.put("/api/v1/agents/" + agentId + "/presence", org.ownerToken(), Map.of("status", status)));
	}

	protected void heartbeat(String agentId) {
		expect(200, api.post("/api/v1/agents/" + agentId + "/heartbeat", org.ownerToken(), null));
	}

	protected void changeAgent(String agentId, Map<String, Object> changes) {
		expect(200, api.patch("/api/v1/agents/" + agentId, org.ownerToken(), changes));
	}

	protected void changeTeam(String teamId, Map<String, Object> changes) {
		expect(200, api.patch("/api/v1/teams/" + teamId, org.ownerToken(), changes));
	}

	protected void members(String teamId, String... agentIds) {
		expect(200, api.put("/api/v1/teams/" + teamId + "/members", org.ownerToken(), Map.of("agentIds", List.of(agentIds))));
	}

	protected void deactivate(String agentId) {
		expect(204, api.delete("/api/v1/agents/" + agentId, org.ownerToken()));
	}

	protected TetherClient.Response assign(String token, String conversationId, @Nullable String agentId,
			@Nullable String teamId) {
		Map<String, Object> body = new LinkedHashMap<>();
		if (agentId != null) {
			body.put("agentId", agentId);
		}
		if (teamId != null) {
			body.put("teamId", teamId);
		}
		return api.post("/api/v1/conversations/" + conversationId + "/assign", token, body);
	}

	protected TetherClient.Response unassign(String token, String conversationId) {
		return api.post("/api/v1/conversations/" + conversationId + "/unassign", token, null);
	}

	protected TetherClient.Response close(String token, String conversationId) {
		return api.post("/api/v1/conversations/" + conversationId + "/close", token, null);
	}

	protected void closeAsOwner(String conversationId) {
		expect(200, close(org.ownerToken(), conversationId));
	}

	protected static @Nullable String textOf(JsonNode node) {
		return node.isNull() || node.isMissingNode() ? null : node.asString();
	}

	/** A contact and the conversation its message opened. */
	public record Chat(String lineUserId, String id) {
	}
}
