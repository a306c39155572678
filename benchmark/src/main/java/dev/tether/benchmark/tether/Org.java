package dev.tether.benchmark.tether;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import tools.jackson.databind.JsonNode;

/** One org, set up through the API with its owner token, as an operator would set it up. */
public final class Org {

	/** Rows per agents file: well under the 1 MB a request may carry. */
	private static final int AGENTS_PER_IMPORT = 2_000;

	private static final int PAGE = 500;

	private final TetherApi api;

	private final String id;

	private final String ownerToken;

	Org(TetherApi api, String id, String ownerToken) {
		this.api = api;
		this.id = id;
		this.ownerToken = ownerToken;
	}

	public long id() {
		return Long.parseLong(id);
	}

	/** A LINE channel with a secret of its own. */
	public Channel aChannel(String name) throws IOException, InterruptedException {
		byte[] secret = new byte[16];
		ThreadLocalRandom.current().nextBytes(secret);
		String channelSecret = HexFormat.of().formatHex(secret);
		JsonNode channel = api.call("POST", "/api/v1/channels", ownerToken, Map.of("name", name, "basicId", "@bench"
				+ id, "channelSecret", channelSecret, "channelAccessToken", "benchmark-access-token-" + id));
		return new Channel(channel.path("id").asString(), channelSecret);
	}

	public long anAgent(String name) throws IOException, InterruptedException {
		JsonNode agent = api.call("POST", "/api/v1/agents", ownerToken,
				Map.of("email", name.toLowerCase().replace(' ', '.') + "@bench.test", "name", name));
		return Long.parseLong(agent.path("id").asString());
	}

	/** The text a customer sends to be bound to the agent: what the agent's QR code pre-fills. */
	public String bindingMessage(Channel channel, long agentId) throws IOException, InterruptedException {
		return api.call("POST", "/api/v1/binding-codes", ownerToken,
				Map.of("channelId", channel.id(), "agentId", Long.toString(agentId)))
			.path("message")
			.asString();
	}

	/** Adds {@code count} agents through the CSV sync, in files of {@value #AGENTS_PER_IMPORT} rows; answers the ids of all the org's agents. */
	public List<String> importAgents(int count) throws IOException, InterruptedException {
		for (int first = 0; first < count; first += AGENTS_PER_IMPORT) {
			StringBuilder csv = new StringBuilder("email,name\n");
			for (int i = first; i < Math.min(count, first + AGENTS_PER_IMPORT); i++) {
				csv.append("agent-").append(i).append("@org").append(id).append(".bench.test,Agent ").append(i).append('\n');
			}
			api.send("POST", "/api/v1/agents/import", ownerToken, "text/csv", csv.toString());
		}
		List<String> ids = new ArrayList<>();
		int pages = 1;
		for (int page = 0; page < pages; page++) {
			JsonNode agents = api.call("GET", "/api/v1/agents?size=" + PAGE + "&page=" + page, ownerToken, null);
			agents.path("items").forEach(agent -> ids.add(agent.path("id").asString()));
			pages = agents.path("totalPages").asInt();
		}
		return ids;
	}

	/** A round-robin team that takes members whether or not they are online, so every member is eligible. */
	public long aRoundRobinTeam(String name, List<String> memberIds) throws IOException, InterruptedException {
		JsonNode team = api.call("POST", "/api/v1/teams", ownerToken,
				Map.of("name", name, "strategy", "ROUND_ROBIN", "onlineOnly", false, "memberIds", memberIds));
		return Long.parseLong(team.path("id").asString());
	}

	/** Makes the team the org's default, so a new conversation nobody is bound to goes to it. */
	public void routeNewConversationsTo(long teamId) throws IOException, InterruptedException {
		api.call("PUT", "/api/v1/settings", ownerToken,
				Map.of("assignmentMode", "PERMANENT", "autoTags", List.of(), "defaultTeamId", Long.toString(teamId)));
	}

	/** Sets a team's or an agent's schedule ({@code owners} is {@code teams} or {@code agents}). */
	public void schedule(String owners, long id, Map<String, Object> schedule) throws IOException, InterruptedException {
		api.call("PUT", "/api/v1/" + owners + "/" + id + "/schedule", ownerToken, schedule);
	}

	/** A customer the team cannot take yet, queued in it through the Assignment API; fails unless it is queued. */
	public void queueIn(Channel channel, long teamId, String lineUserId) throws IOException, InterruptedException {
		JsonNode answer = api.call("POST", "/api/v1/assignments/manual", ownerToken,
				Map.of("channelId", channel.id(), "lineUserId", lineUserId, "team", Long.toString(teamId)));
		if (!"QUEUED".equals(answer.path("status").asString())) {
			throw new IllegalStateException("Team " + teamId + " took the conversation before it opened: " + answer);
		}
	}

	public long assignedConversations(long teamId) throws IOException, InterruptedException {
		return api.call("GET", "/api/v1/conversations?status=ASSIGNED&size=1&teamId=" + teamId, ownerToken, null)
			.path("totalItems")
			.asLong();
	}
}
