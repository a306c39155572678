package dev.tether.api.reliability;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.tether.api.support.IntegrationTest;
import dev.tether.api.support.LineWebhook;
import dev.tether.api.support.OrgFixture;
import dev.tether.api.support.OrgFixture.ChannelRef;
import dev.tether.api.support.OrgState;
import dev.tether.api.support.TetherClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static dev.tether.api.support.LineWebhook.aLineUserId;
import static dev.tether.api.support.LineWebhook.text;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The inputs that once answered 500 or an error page that was not a problem detail, each sent
 * as an attacker or a broken client would: NUL characters, wildcard content types, ids far longer
 * than LINE's, paths the container or the firewall refuses, a webhook with thousands of events.
 */
class HostileInputIntegrationTests extends IntegrationTest {

	private static final String NUL = "\u0000";

	private OrgFixture org;

	private ChannelRef channel;

	private String agent;

	@BeforeEach
	void anOrgWithAnAgent() {
		org = anOrg();
		channel = org.aChannel();
		agent = org.anAgent("Aoi Tanaka");
	}

	@Test
	void aNulInAnyStringOfABodyIsRefusedNamingTheFieldAndChangesNothing() {
		Map<String, Refused> cases = new LinkedHashMap<>();
		cases.put("name", post("/api/v1/agents", Map.of("email", "nul@brand.test", "name", "Ao" + NUL + "i")));
		cases.put("email", post("/api/v1/agents", Map.of("email", "n" + NUL + "ul@brand.test", "name", "Aoi")));
		cases.put("externalCode",
				post("/api/v1/agents", Map.of("email", "nul@brand.test", "name", "Aoi", "externalCode", "E" + NUL)));
		cases.put("autoTags[0]", post("/api/v1/agents",
				Map.of("email", "nul@brand.test", "name", "Aoi", "autoTags", List.of("V" + NUL + "IP"))));
		cases.put("code", post("/api/v1/teams", Map.of("name", "Sales", "code", "S" + NUL, "strategy", "MANUAL",
				"onlineOnly", false, "memberIds", List.of())));
		cases.put("autoTags[1]", put("/api/v1/settings",
				Map.of("assignmentMode", "GENERAL", "autoTags", List.of("vip", "n" + NUL))));
		cases.put("channelSecret", post("/api/v1/channels", Map.of("name", "Shop", "basicId", "@shop",
				"channelSecret", "secret" + NUL, "channelAccessToken", "token")));
		cases.put("lineUserId", post("/api/v1/assignments/individual",
				Map.of("channelId", channel.id(), "lineUserId", "U" + NUL, "agent", agent)));
		cases.put("agent", post("/api/v1/assignments/individual",
				Map.of("channelId", channel.id(), "lineUserId", aLineUserId(), "agent", agent + NUL)));
		cases.put("agent.email", post("/api/v1/assignments/manual", Map.of("channelId", channel.id(), "lineUserId",
				aLineUserId(), "agent", Map.of("email", "aoi" + NUL + "@brand.test"))));
		cases.put("team.code", post("/api/v1/assignments/manual", Map.of("channelId", channel.id(), "lineUserId",
				aLineUserId(), "team", Map.of("code", "CS" + NUL))));

		cases.forEach((field, refused) -> {
			assertThat(refused.answer().status()).as(field + ": " + refused.answer()).isEqualTo(400);
			assertThat(refused.answer().problemCode()).isEqualTo("VALIDATION_FAILED");
			assertThat(refused.answer().json().path("errors").path(0).path("field").asString()).isEqualTo(field);
			assertThat(refused.answer().json().path("errors").path(0).path("message").asString()).contains("NUL");
			assertThat(refused.stateAfter()).as(field).isEqualTo(refused.stateBefore());
		});
	}

	@Test
	void aNulInAnOrgNameOrAQueryParameterIsRefusedNamingTheField() {
		long orgs = db.sql("select count(*) from org").query(Long.class).single();

		TetherClient.Response newOrg = api.post("/api/v1/orgs", ADMIN_TOKEN, Map.of("name", "Brand" + NUL));
		TetherClient.Response events = api.get("/api/v1/events?type=line%00event", org.ownerToken());

		assertThat(newOrg.status()).as(newOrg.toString()).isEqualTo(400);
		assertThat(newOrg.json().path("errors").path(0).path("field").asString()).isEqualTo("name");
		assertThat(db.sql("select count(*) from org").query(Long.class).single()).isEqualTo(orgs);
		assertThat(events.status()).as(events.toString()).isEqualTo(400);
		assertThat(events.json().path("errors").path(0).path("field").asString()).isEqualTo("type");
	}

	@Test
	void aWebhookEventThatCanNeverBeProcessedIsStoredAndSkippedWithoutBlockingTheOthers() {
		String customer = aLineUserId();
		Map<String, Object> good = text(customer, "hello");
		Map<String, Object> nulUser = text("U" + NUL + "x", "hello");
		Map<String, Object> longUser = text("U" + "f".repeat(3000), "hello");
		Map<String, Object> nulId = text(aLineUserId(), "hello");
		nulId.put("webhookEventId", "01" + NUL);
		Map<String, Object> longId = text(aLineUserId(), "hello");
		longId.put("webhookEventId", "01" + "A".repeat(3000));
		Map<String, Object> nulType = text(aLineUserId(), "hello");
		nulType.put("type", "mess" + NUL + "age");

		TetherClient.Response answer = webhookOf(channel).deliver(good, nulUser, longUser, nulId, longId, nulType);

		assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
		assertThat(org.contact(channel, customer).json().path("conversation").path("status").asString())
			.isEqualTo("UNASSIGNED");
		assertThat(db.sql("select count(*) from contact where channel_id = ?")
			.param(Long.parseLong(channel.id()))
			.query(Long.class)
			.single()).as("only the good event made a contact").isEqualTo(1);
		assertThat(db.sql("select skip_reason from line_event where channel_id = ? order by id")
			.param(Long.parseLong(channel.id()))
			.query(String.class)
			.list()).hasSize(6).satisfiesExactlyInAnyOrder(reason -> assertThat(reason).isNull(),
					reason -> assertThat(reason).startsWith("source.userId"),
					reason -> assertThat(reason).startsWith("source.userId"),
					reason -> assertThat(reason).startsWith("webhookEventId"),
					reason -> assertThat(reason).startsWith("webhookEventId"),
					reason -> assertThat(reason).startsWith("type"));
	}

	@Test
	void aWildcardContentTypeIsNoContentType() {
		String customer = aLineUserId();
		byte[] webhook = LineWebhook.body(text(customer, "hello"));
		String before = OrgState.of(db, org.id());

		TetherClient.Response delivered = api.send("POST", "/line/webhook/" + channel.id(), null, "*/*", webhook,
				Map.of("X-Line-Signature", LineWebhook.signature(channel.secret(), webhook)));
		awaitInboxProcessed(channel);
		String afterWebhook = OrgState.of(db, org.id());
		TetherClient.Response json = api.send("POST", "/api/v1/agents", org.ownerToken(), "*/*",
				"{\"email\":\"wild@brand.test\",\"name\":\"Wild\"}".getBytes(StandardCharsets.UTF_8), Map.of());

		assertThat(delivered.status()).as(delivered.toString()).isEqualTo(200);
		assertThat(afterWebhook).isNotEqualTo(before);
		assertThat(org.contact(channel, customer).status()).isEqualTo(200);
		assertThat(json.status()).as(json.toString()).isEqualTo(415);
		assertThat(json.header("Content-Type")).startsWith("application/problem+json");
		assertThat(json.problemCode()).isEqualTo("UNSUPPORTED_MEDIA_TYPE");
		assertThat(OrgState.of(db, org.id())).isEqualTo(afterWebhook);
	}

	@ParameterizedTest
	@ValueSource(strings = { "/api/v1/agents/%2F", "/api/v1/agents/%5C", "/api/v1/agents/%00", "/api/v1/agents/%C0%AF",
			"/api/v1/agents/%FF", "/api/v1/agents;jsessionid=1", "/api/v1/agents/%3B", "/api/v1/agents/%25",
			"/api/%2e%2e/v1/agents", "/api/v1/./agents" })
	void aPathTheContainerOrTheFirewallRefusesIsAnsweredAsAProblem(String path) {
		TetherClient.Response answer = api.get(path, org.ownerToken());

		assertThat(answer.status()).as(answer.toString()).isBetween(400, 499);
		assertThat(answer.header("Content-Type")).as(answer.toString()).startsWith("application/problem+json");
		assertThat(answer.problemCode()).as(answer.toString()).isNotBlank();
	}

	@Test
	void traceIsAProblemToo() {
		TetherClient.Response answer = api.send("TRACE", "/api/v1/agents", org.ownerToken(), null, null, Map.of());

		assertThat(answer.status()).isEqualTo(405);
		assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
		assertThat(answer.problemCode()).isEqualTo("METHOD_NOT_ALLOWED");
	}

	@Test
	void aWebhookOverTheEventLimitIsRefusedWholeAndOneAtTheLimitIsStoredWhole() {
		long channelId = Long.parseLong(channel.id());

		TetherClient.Response tooMany = webhookOf(channel).deliverRaw(events(5_001));
		long storedAfterRefusal = db.sql("select count(*) from line_event where channel_id = ?")
			.param(channelId).query(Long.class).single();
		TetherClient.Response atTheLimit = webhookOf(channel).deliverRaw(events(1_000));

		assertThat(tooMany.status()).as(tooMany.toString()).isEqualTo(413);
		assertThat(tooMany.problemCode()).isEqualTo("TOO_MANY_EVENTS");
		assertThat(storedAfterRefusal).isZero();
		assertThat(atTheLimit.status()).as(atTheLimit.toString()).isEqualTo(200);
		assertThat(db.sql("select count(*) from line_event where channel_id = ?")
			.param(channelId).query(Long.class).single()).isEqualTo(1_000);
	}

	/** A body of small events of a type Tether only records, each with its own id. */
	private static byte[] events(int count) {
		List<Map<?, ?>> events = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			events.add(Map.of("type", "membership", "mode", "active", "timestamp", i, "webhookEventId", "E" + i));
		}
		return LineWebhook.body(events.toArray(Map[]::new));
	}

	private Refused post(String path, Object body) {
		String before = OrgState.of(db, org.id());
		TetherClient.Response answer = api.post(path, org.ownerToken(), body);
		return new Refused(answer, before, OrgState.of(db, org.id()));
	}

	private Refused put(String path, Object body) {
		String before = OrgState.of(db, org.id());
		TetherClient.Response answer = api.put(path, org.ownerToken(), body);
		return new Refused(answer, before, OrgState.of(db, org.id()));
	}

	/** A request's answer, and the org's state around it. */
	private record Refused(TetherClient.Response answer, String stateBefore, String stateAfter) {
	}
}
