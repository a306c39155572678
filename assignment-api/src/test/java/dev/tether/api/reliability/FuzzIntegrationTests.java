package dev.tether.api.reliability;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import dev.tether.api.support.IntegrationTest;
import dev.tether.api.support.LineWebhook;
import dev.tether.api.support.OrgFixture;
import dev.tether.api.support.OrgFixture.ChannelRef;
import dev.tether.api.support.OrgState;
import dev.tether.api.support.TetherClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import static dev.tether.api.support.LineWebhook.aLineUserId;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Thousands of generated requests from a fixed seed, each a valid one bent out of shape: values
 * swapped for hostile ones (NUL, huge, wrong type, lone surrogates, deep nesting), fields dropped
 * or added, bodies cut short, odd content types, paths and methods. Whatever comes in, Tether
 * never answers 5xx, every refusal is a problem detail with a code, and a refused request leaves
 * the org exactly as it was. {@code -Dtether.fuzz.cases=N} sets the number of each kind.
 */
class FuzzIntegrationTests extends IntegrationTest {

	private static final long SEED = 20_261_201L;

	private static final int CASES = Integer.getInteger("tether.fuzz.cases", 1000);

	private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

	private final Random random = new Random(SEED);

	private OrgFixture org;

	private ChannelRef channel;

	private String agent;

	private String team;

	private String conversation;

	private String bindingCode;

	private String bindingMessage;

	@BeforeEach
	void anOrgWithSomethingOfEverything() {
		org = anOrg();
		channel = org.aChannel();
		agent = org.anAgent("Aoi Tanaka", Map.of("externalCode", "EMP-1"));
		team = org.aTeam("Sales", Map.of("code", "SALES"), agent);
		TetherClient.Response code = org.aBindingCode(channel, agent, null);
		bindingCode = code.field("id");
		bindingMessage = code.field("message");
		String customer = aLineUserId();
		assertThat(webhookOf(channel).deliver(LineWebhook.text(customer, "hello")).status()).isEqualTo(200);
		conversation = org.contact(channel, customer).json().path("conversation").path("id").asString();
	}

	@Test
	void signedWebhookBodiesOfEveryShapeNeverFailOnTetherSide() {
		List<String> failures = new ArrayList<>();
		String state = OrgState.of(db, org.id());
		for (int i = 0; i < CASES; i++) {
			byte[] body = aWebhookBody();
			String signature = random.nextInt(10) == 0 ? junkSignature(body) : LineWebhook.signature(channel.secret(), body);
			TetherClient.Response answer = webhookOf(channel).deliverSigned(body, signature);
			state = judge("webhook #" + i + " " + abbreviated(body), answer, state, failures);
		}
		assertThat(failures).isEmpty();
	}

	@Test
	void apiCallsOfEveryShapeNeverFailOnTetherSide() {
		List<String> failures = new ArrayList<>();
		String state = OrgState.of(db, org.id());
		for (int i = 0; i < CASES; i++) {
			Call call = aCall();
			TetherClient.Response answer = api.send(call.method(), call.path(), call.token(), call.contentType(),
					call.body(), Map.of());
			state = judge("call #" + i + " " + call, answer, state, failures);
		}
		assertThat(failures).isEmpty();
	}

	/** Notes what is wrong with the answer; answers the org's state to compare the next refusal with. */
	private String judge(String request, TetherClient.Response answer, String stateBefore, List<String> failures) {
		String stateAfter = OrgState.of(db, org.id());
		if (answer.status() >= 500) {
			failures.add(request + " -> " + answer);
		}
		if (answer.status() >= 400 && answer.body().length > 0) {
			String type = answer.header("Content-Type");
			if (type == null || !type.startsWith("application/problem+json") || answer.problemCode().isBlank()) {
				failures.add(request + " -> not a problem detail: " + answer);
			}
		}
		if ((answer.status() < 200 || answer.status() >= 300) && !stateAfter.equals(stateBefore)) {
			failures.add(request + " -> refused with " + answer.status() + " but changed the org");
		}
		return stateAfter;
	}

	private byte[] aWebhookBody() {
		ObjectNode body = NODES.objectNode();
		body.put("destination", "U" + "0".repeat(32));
		ArrayNode events = body.putArray("events");
		int count = 1 + random.nextInt(4);
		for (int i = 0; i < count; i++) {
			events.add(anEvent());
		}
		int mutations = random.nextInt(4);
		for (int i = 0; i < mutations; i++) {
			mutate(body);
		}
		return bent(TetherClient.JSON.writeValueAsBytes(random.nextInt(25) == 0 ? junk() : body));
	}

	private ObjectNode anEvent() {
		String customer = random.nextInt(3) == 0 ? "Ufixed000000000000000000000000000" : aLineUserId();
		Map<String, Object> event = switch (random.nextInt(6)) {
			case 0 -> LineWebhook.text(customer, bindingMessage);
			case 1 -> LineWebhook.text(customer, "#TB" + randomText(20));
			case 2 -> LineWebhook.event("follow", Map.of("type", "user", "userId", customer));
			case 3 -> LineWebhook.event("postback", Map.of("type", "group", "groupId", "C1", "userId", customer));
			case 4 -> LineWebhook.event("unknownType", Map.of("type", "user", "userId", customer));
			default -> LineWebhook.text(customer, "hello");
		};
		return TetherClient.JSON.valueToTree(event);
	}

	private Call aCall() {
		Map<String, Object> body = new LinkedHashMap<>();
		String method = "POST";
		String path;
		switch (random.nextInt(16)) {
			case 0 -> {
				path = "/api/v1/agents";
				body.putAll(Map.of("email", "fuzz" + random.nextInt(1_000_000) + "@brand.test", "name", "Fuzz",
						"role", "AGENT", "externalCode", "F" + random.nextInt(1000), "maxOpenContacts", 3,
						"autoTags", List.of("vip")));
			}
			case 1 -> {
				method = "PATCH";
				path = "/api/v1/agents/" + segment(agent);
				body.putAll(Map.of("name", "Aoi Tanaka", "maxOpenContacts", 4));
			}
			case 2 -> {
				path = "/api/v1/teams";
				body.putAll(Map.of("name", "Team", "code", "T" + random.nextInt(1_000_000), "strategy", "ROUND_ROBIN",
						"onlineOnly", false, "maxOpenContacts", 2, "queueTimeoutSeconds", 3600, "memberIds",
						List.of(agent)));
			}
			case 3 -> {
				method = "PATCH";
				path = "/api/v1/teams/" + segment(team);
				body.putAll(Map.of("name", "Sales", "strategy", "LEAST_OPEN"));
			}
			case 4 -> {
				method = "PUT";
				path = "/api/v1/teams/" + segment(team) + "/members";
				body.put("agentIds", List.of(agent));
			}
			case 5 -> {
				method = "PUT";
				path = "/api/v1/settings";
				body.putAll(Map.of("assignmentMode", "GENERAL", "autoTags", List.of("a", "b"), "defaultTeamId", team));
			}
			case 6 -> {
				path = "/api/v1/channels";
				body.putAll(Map.of("name", "Shop", "basicId", "@shop", "channelSecret", "s".repeat(32),
						"channelAccessToken", "token"));
			}
			case 7 -> {
				path = "/api/v1/binding-codes";
				body.putAll(Map.of("channelId", channel.id(), "agentId", agent, "teamId", team));
			}
			case 8 -> {
				path = "/api/v1/assignments/individual";
				body.putAll(Map.of("channelId", channel.id(), "lineUserId", aLineUserId(), "agent",
						random.nextBoolean() ? agent : Map.of("externalCode", "EMP-1")));
			}
			case 9 -> {
				path = "/api/v1/assignments/manual";
				body.putAll(Map.of("channelId", channel.id(), "lineUserId", aLineUserId(), "team",
						Map.of("code", "SALES"), "rule", Map.of("strategy", "RANDOM", "onlineOnly", false,
								"maxOpenContacts", 5, "queueTimeoutSeconds", 600)));
			}
			case 10 -> {
				path = "/api/v1/conversations/" + segment(conversation) + "/assign";
				body.putAll(Map.of("agentId", agent, "teamId", team));
			}
			case 11 -> {
				method = "PUT";
				path = "/api/v1/agents/" + segment(agent) + "/presence";
				body.put("status", "AWAY");
			}
			case 12 -> {
				path = "/api/v1/event-subscriptions";
				body.putAll(Map.of("url", "http://localhost:9/hook", "secret", "s".repeat(20), "types",
						List.of("assignment.changed")));
			}
			case 13 -> {
				method = "GET";
				path = "/api/v1/conversations?status=" + query("QUEUED") + "&agentId=" + query(agent) + "&page="
						+ query("0");
			}
			case 14 -> {
				method = "GET";
				path = "/api/v1/reports/assignments?from=" + query("2026-01-01T00:00:00Z") + "&groupBy="
						+ query("AGENT");
			}
			default -> {
				method = random.nextBoolean() ? "GET" : "DELETE";
				path = random.nextBoolean() ? "/api/v1/channels/" + segment(channel.id()) + "/contacts/" + segment("U1")
						: "/api/v1/binding-codes/" + segment(bindingCode);
			}
		}
		ObjectNode tree = TetherClient.JSON.valueToTree(body);
		int mutations = random.nextInt(3);
		for (int i = 0; i < mutations; i++) {
			mutate(tree);
		}
		byte[] bytes = method.equals("GET") || method.equals("DELETE") ? null
				: bent(TetherClient.JSON.writeValueAsBytes(random.nextInt(25) == 0 ? junk() : tree));
		return new Call(random.nextInt(12) == 0 ? aMethod() : method, path, aToken(), aContentType(), bytes);
	}

	/** Replaces, removes or adds one value somewhere in the tree. */
	private void mutate(JsonNode node) {
		JsonNode target = node;
		while (target.isContainer() && target.size() > 0 && random.nextInt(3) != 0) {
			JsonNode child = target.isArray() ? target.get(random.nextInt(target.size()))
					: target.get(target.propertyNames().stream().skip(random.nextInt(target.size())).findFirst().orElseThrow());
			if (!child.isContainer()) {
				break;
			}
			target = child;
		}
		if (target instanceof ObjectNode object) {
			List<String> names = new ArrayList<>(object.propertyNames());
			switch (random.nextInt(3)) {
				case 0 -> object.set(names.isEmpty() ? "extra" : names.get(random.nextInt(names.size())), junk());
				case 1 -> {
					if (!names.isEmpty()) {
						object.remove(names.get(random.nextInt(names.size())));
					}
				}
				default -> object.set(randomText(6), junk());
			}
		}
		else if (target instanceof ArrayNode array) {
			if (array.size() > 0 && random.nextBoolean()) {
				array.set(random.nextInt(array.size()), junk());
			}
			else {
				array.add(junk());
			}
		}
	}

	private JsonNode junk() {
		return switch (random.nextInt(20)) {
			case 0 -> NODES.stringNode("");
			case 1 -> NODES.stringNode("a\u0000b");
			case 2 -> NODES.stringNode("x".repeat(3000));
			case 3 -> NODES.numberNode(Long.MAX_VALUE);
			case 4 -> NODES.numberNode(-1);
			case 5 -> NODES.numberNode(1e308);
			case 6 -> NODES.numberNode(0.5);
			case 7 -> NODES.booleanNode(random.nextBoolean());
			case 8 -> NODES.nullNode();
			case 9 -> NODES.arrayNode();
			case 10 -> NODES.objectNode();
			case 11 -> NODES.stringNode("\uD800");
			case 12 -> NODES.stringNode("😀 佐藤 葵 مرحبا");
			case 13 -> NODES.stringNode("#TB" + randomText(20));
			case 14 -> NODES.stringNode("99999999999999999999");
			case 15 -> NODES.stringNode(aLineUserId());
			case 16 -> NODES.stringNode(agent);
			case 17 -> {
				ArrayNode deep = NODES.arrayNode();
				ArrayNode inner = deep;
				for (int i = 0; i < 400; i++) {
					inner = inner.addArray();
				}
				yield deep;
			}
			case 18 -> NODES.stringNode("<script>alert(1)</script>' or 1=1 --");
			default -> NODES.stringNode(randomText(1 + random.nextInt(40)));
		};
	}

	/**
	 * Now and then, bytes that are no longer the JSON they were: cut short, with bytes that are not
	 * UTF-8, or nested deeper than any parser takes.
	 */
	private byte[] bent(byte[] json) {
		return switch (random.nextInt(20)) {
			case 0 -> java.util.Arrays.copyOf(json, random.nextInt(json.length + 1));
			case 1 -> {
				byte[] broken = json.clone();
				broken[random.nextInt(broken.length)] = (byte) (0x80 + random.nextInt(0x80));
				yield broken;
			}
			case 2 -> "null".getBytes(StandardCharsets.UTF_8);
			case 3 -> ("{\"events\":" + "[".repeat(5000) + "]".repeat(5000) + "}").getBytes(StandardCharsets.UTF_8);
			default -> json;
		};
	}

	private String segment(String valid) {
		return switch (random.nextInt(14)) {
			case 0 -> "abc";
			case 1 -> "-1";
			case 2 -> "99999999999999999999";
			case 3 -> "%2F";
			case 4 -> "%00";
			case 5 -> "..";
			case 6 -> "%E3%81%82";
			case 7 -> "x".repeat(3000);
			case 8 -> "1;2";
			case 9 -> "%C0%AF";
			default -> valid;
		};
	}

	private String query(String valid) {
		return switch (random.nextInt(10)) {
			case 0 -> "%00";
			case 1 -> "x".repeat(3000);
			case 2 -> "-5";
			case 3 -> "%E3%81%82";
			default -> valid;
		};
	}

	private String aMethod() {
		return List.of("GET", "POST", "PUT", "PATCH", "DELETE", "OPTIONS", "TRACE").get(random.nextInt(7));
	}

	private String aToken() {
		return switch (random.nextInt(20)) {
			case 0 -> null;
			case 1 -> "tt_" + randomText(40);
			default -> org.ownerToken();
		};
	}

	private String aContentType() {
		return switch (random.nextInt(16)) {
			case 0 -> "*/*";
			case 1 -> "text/plain";
			case 2 -> "application/xml";
			case 3 -> "garbage";
			case 4 -> "application/json; charset=ISO-8859-1";
			case 5 -> "multipart/form-data";
			case 6 -> "application/*";
			default -> "application/json";
		};
	}

	private String junkSignature(byte[] body) {
		return switch (random.nextInt(4)) {
			case 0 -> null;
			case 1 -> "";
			case 2 -> "not base64!";
			default -> LineWebhook.signature("0" + channel.secret().substring(1), body);
		};
	}

	private String randomText(int length) {
		StringBuilder text = new StringBuilder();
		for (int i = 0; i < length; i++) {
			text.append((char) ('A' + random.nextInt(26)));
		}
		return text.toString();
	}

	private static String abbreviated(byte[] body) {
		String text = new String(body, StandardCharsets.UTF_8);
		return text.length() > 300 ? text.substring(0, 300) + "…" : text;
	}

	/** One generated API call. */
	private record Call(String method, String path, String token, String contentType, byte[] body) {

		@Override
		public String toString() {
			return method + " " + (path.length() > 200 ? path.substring(0, 200) + "…" : path) + " [" + contentType
					+ "] " + (body == null ? "" : abbreviated(body));
		}
	}
}
