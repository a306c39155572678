package dev.tether.api.org;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.tether.api.support.IntegrationTest;
import dev.tether.api.support.LineWebhook;
import dev.tether.api.support.OrgFixture;
import dev.tether.api.support.TetherClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import tools.jackson.databind.JsonNode;

import static dev.tether.api.support.LineWebhook.aLineUserId;
import static dev.tether.api.support.LineWebhook.replyToken;
import static dev.tether.api.support.LineWebhook.text;
import static dev.tether.api.support.LineWebhook.texts;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** An org's settings and its LINE channels, and how the API answers requests it cannot read. */
@ExtendWith(OutputCaptureExtension.class)
class SettingsAndChannelIntegrationTests extends IntegrationTest {

	@Test
	void aNewOrgAssignsPermanentlyAndTagsNothing() {
		OrgFixture org = anOrg();

		TetherClient.Response settings = api.get("/api/v1/settings", org.ownerToken());

		assertThat(settings.status()).isEqualTo(200);
		assertThat(settings.field("assignmentMode")).isEqualTo("PERMANENT");
		assertThat(settings.json().path("autoTags").isArray()).isTrue();
		assertThat(settings.json().path("autoTags")).isEmpty();
		assertThat(settings.json().path("defaultTeamId").isNull() || settings.json().path("defaultTeamId").isMissingNode())
			.isTrue();
	}

	@Test
	void generalModeTagsAndADefaultTeamAreKept() {
		OrgFixture org = anOrg();
		String team = org.aTeam("Front desk", org.anAgent("Alice Chen"));

		TetherClient.Response put = api.put("/api/v1/settings", org.ownerToken(),
				Map.of("assignmentMode", "GENERAL", "autoTags", List.of("vip", "from-line"), "defaultTeamId", team));

		assertThat(put.status()).as(put.toString()).isEqualTo(200);
		for (JsonNode settings : List.of(put.json(), api.get("/api/v1/settings", org.ownerToken()).json())) {
			assertThat(settings.path("assignmentMode").asString()).isEqualTo("GENERAL");
			assertThat(strings(settings.path("autoTags"))).containsExactly("vip", "from-line");
			assertThat(settings.path("defaultTeamId").asString()).isEqualTo(team);
		}
	}

	@Test
	void sixAutoTagsAreRefusedAndTheSettingsStayAsTheyWere() {
		OrgFixture org = anOrg();
		org.settings("GENERAL", List.of("vip"));

		TetherClient.Response put = api.put("/api/v1/settings", org.ownerToken(),
				Map.of("assignmentMode", "PERMANENT", "autoTags", List.of("a", "b", "c", "d", "e", "f")));

		assertThat(put.status()).as(put.toString()).isEqualTo(400);
		assertThat(put.problemCode()).isEqualTo("VALIDATION_FAILED");
		assertSettings(org, "GENERAL", List.of("vip"));
	}

	@Test
	void anUnknownDefaultTeamIsNotFoundAndTheSettingsStayAsTheyWere() {
		OrgFixture org = anOrg();
		OrgFixture other = anOrg();
		String othersTeam = other.aTeam("Their team", other.anAgent("Bob Sato"));
		String deletedTeam = org.aTeam("Disbanded", org.anAgent("Alice Chen"));
		api.delete("/api/v1/teams/" + deletedTeam, org.ownerToken());
		org.settings("GENERAL", List.of("vip"));

		for (String teamId : List.of("999999999", othersTeam, deletedTeam, "not-a-number")) {
			TetherClient.Response put = api.put("/api/v1/settings", org.ownerToken(),
					Map.of("assignmentMode", "PERMANENT", "autoTags", List.of("new"), "defaultTeamId", teamId));

			assertThat(put.status()).as(put.toString()).isEqualTo(404);
			assertThat(put.problemCode()).isEqualTo("TEAM_NOT_FOUND");
		}
		assertSettings(org, "GENERAL", List.of("vip"));
	}

	@Test
	void anUnknownAssignmentModeIsRefused() {
		OrgFixture org = anOrg();
		org.settings("GENERAL", List.of("vip"));

		TetherClient.Response put = api.put("/api/v1/settings", org.ownerToken(),
				Map.of("assignmentMode", "FOREVER", "autoTags", List.of()));
		TetherClient.Response missing = api.put("/api/v1/settings", org.ownerToken(), Map.of("autoTags", List.of()));

		assertThat(put.status()).as(put.toString()).isEqualTo(400);
		assertThat(put.problemCode()).isEqualTo("VALIDATION_FAILED");
		assertThat(put.json().path("errors").findValuesAsString("field")).contains("assignmentMode");
		assertThat(missing.status()).as(missing.toString()).isEqualTo(400);
		assertThat(missing.json().path("errors").findValuesAsString("field")).contains("assignmentMode");
		assertSettings(org, "GENERAL", List.of("vip"));
	}

	@Test
	void aChannelIsAnsweredWithItsPublicFieldsOnly() {
		OrgFixture org = anOrg();
		String secret = "secret" + UUID.randomUUID().toString().replace("-", "");
		String accessToken = "access" + UUID.randomUUID();

		TetherClient.Response created = api.post("/api/v1/channels", org.ownerToken(), Map.of("name", "Main account",
				"basicId", "@brand", "channelSecret", secret, "channelAccessToken", accessToken));

		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		String id = created.field("id");
		TetherClient.Response read = api.get("/api/v1/channels/" + id, org.ownerToken());
		TetherClient.Response list = api.get("/api/v1/channels", org.ownerToken());
		assertThat(read.status()).isEqualTo(200);
		assertThat(list.status()).isEqualTo(200);
		assertThat(list.json()).hasSize(1);
		for (JsonNode channel : List.of(created.json(), read.json(), list.json().path(0))) {
			assertThat(channel.propertyNames()).containsExactlyInAnyOrder("id", "name", "basicId", "webhookPath");
			assertThat(channel.path("id").asString()).isEqualTo(id);
			assertThat(channel.path("name").asString()).isEqualTo("Main account");
			assertThat(channel.path("basicId").asString()).isEqualTo("@brand");
			assertThat(channel.path("webhookPath").asString()).isEqualTo("/line/webhook/" + id);
		}
		for (TetherClient.Response answer : List.of(created, read, list)) {
			assertThat(answer.text()).doesNotContain(secret).doesNotContain(accessToken);
		}
	}

	@Test
	void channelSecretsNeverReachTheLog(CapturedOutput output) {
		OrgFixture.ChannelRef channel = repliesAcceptedAndRefusedOnANewChannel(output);

		assertThat(output.getAll()).doesNotContain(channel.secret());
	}

	@Test
	void channelAccessTokensNeverReachTheLog(CapturedOutput output) {
		OrgFixture.ChannelRef channel = repliesAcceptedAndRefusedOnANewChannel(output);

		assertThat(output.getAll()).doesNotContain(channel.accessToken());
	}

	@Test
	void aBodyThatIsNotJsonIsAnsweredAsMalformed() {
		OrgFixture org = anOrg();

		TetherClient.Response answer = api.post("/api/v1/agents", org.ownerToken(), "{\"name\": \"Alice\", \"email\":");

		assertThat(answer.status()).as(answer.toString()).isEqualTo(400);
		assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
		assertThat(answer.problemCode()).isEqualTo("MALFORMED_JSON");
		assertThat(agentsOf(org)).isZero();
	}

	@Test
	void aBodyOfAnotherContentTypeIsUnsupported() {
		OrgFixture org = anOrg();
		byte[] body = ("{\"name\":\"Alice\",\"email\":\"alice-" + UUID.randomUUID() + "@brand.test\"}")
			.getBytes(StandardCharsets.UTF_8);

		TetherClient.Response answer = api.send("POST", "/api/v1/agents", org.ownerToken(), "text/plain", body,
				Map.of());

		assertThat(answer.status()).as(answer.toString()).isEqualTo(415);
		assertThat(agentsOf(org)).isZero();
	}

	@Test
	void springsOwnRefusalsCarryAStableCodeToo() {
		OrgFixture org = anOrg();
		String team = org.aTeam("Sales", org.anAgent("Alice Chen"));

		List<TetherClient.Response> answers = List.of(
				api.send("POST", "/api/v1/agents", org.ownerToken(), "text/plain", "x".getBytes(StandardCharsets.UTF_8),
						Map.of()),
				api.get("/api/v1/teams/" + team + "/member-binding-codes.csv", org.ownerToken()),
				api.get("/api/v1/orgs", ADMIN_TOKEN), api.get("/api/v1/no-such-thing", org.ownerToken()));

		assertThat(answers).extracting(TetherClient.Response::status).containsExactly(415, 400, 405, 404);
		for (TetherClient.Response answer : answers) {
			assertThat(answer.header("Content-Type")).as(answer.toString()).startsWith("application/problem+json");
			assertThat(answer.problemCode()).as(answer.toString()).isNotBlank();
		}
	}

	@Test
	void anOversizeBodyIsRefusedAsTooLarge() {
		OrgFixture org = anOrg();
		org.settings("GENERAL", List.of("vip"));

		TetherClient.Response answer = api.send("PUT", "/api/v1/settings", org.ownerToken(), "application/json",
				oversizeSettings(), Map.of());

		assertThat(answer.status()).as(answer.toString()).isEqualTo(413);
		assertThat(answer.problemCode()).isEqualTo("PAYLOAD_TOO_LARGE");
		assertSettings(org, "GENERAL", List.of("vip"));
	}

	@Test
	void anOversizeBodyOfUndeclaredLengthIsRefusedAsTooLarge() throws Exception {
		OrgFixture org = anOrg();
		org.settings("GENERAL", List.of("vip"));
		byte[] body = oversizeSettings();
		HttpRequest request = HttpRequest.newBuilder(URI.create(api.baseUrl() + "/api/v1/settings"))
			.timeout(Duration.ofSeconds(30))
			.header("Authorization", "Bearer " + org.ownerToken())
			.header("Content-Type", "application/json")
			.PUT(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)))
			.build();

		HttpResponse<String> answer = send(request);

		assertThat(answer.statusCode()).as(answer.body()).isEqualTo(413);
		assertThat(TetherClient.JSON.readTree(answer.body()).path("code").asString()).isEqualTo("PAYLOAD_TOO_LARGE");
		assertSettings(org, "GENERAL", List.of("vip"));
	}

	/**
	 * Connects a channel, binds two contacts over it (LINE accepts one reply and refuses the other,
	 * which Tether logs), and delivers one forged webhook: every path that handles the secrets.
	 */
	private OrgFixture.ChannelRef repliesAcceptedAndRefusedOnANewChannel(CapturedOutput output) {
		OrgFixture org = anOrg();
		OrgFixture.ChannelRef channel = org.aChannelWithSecret(UUID.randomUUID().toString().replace("-", ""));
		String alice = org.anAgent("Alice Chen");
		Map<String, Object> accepted = text(aLineUserId(), org.bindingMessageFor(channel, alice));
		Map<String, Object> refused = text(aLineUserId(), org.bindingMessageFor(channel, alice));
		line.answer(replyToken(refused), 400, "Invalid reply token");

		assertThat(webhookOf(channel).deliver(accepted, refused).status()).isEqualTo(200);
		List<JsonNode> replies = await().atMost(Duration.ofSeconds(10))
			.until(() -> line.repliesWith(replyToken(accepted)), found -> !found.isEmpty());
		String refusedReply = await().atMost(Duration.ofSeconds(10))
			.until(() -> org.replies(channel, (String) ((Map<?, ?>) refused.get("source")).get("userId"))
				.json()
				.path(0)
				.path("status")
				.asString(), "FAILED"::equals);
		TetherClient.Response forged = webhookOf(channel)
			.deliverSigned(LineWebhook.body(text(aLineUserId(), "hi")), "forged");

		assertThat(texts(replies)).containsExactly("You have successfully bound to: Alice Chen");
		assertThat(refusedReply).isEqualTo("FAILED");
		assertThat(line.authorizationOf(replyToken(refused))).isEqualTo("Bearer " + channel.accessToken());
		assertThat(forged.status()).isEqualTo(401);
		await().atMost(Duration.ofSeconds(10)).until(() -> output.getAll().contains("not delivered"));
		return channel;
	}

	/** Valid settings, padded past the 1 MB limit with an unknown field. */
	private static byte[] oversizeSettings() {
		char[] padding = new char[1_200_000];
		Arrays.fill(padding, 'x');
		Map<String, Object> body = new HashMap<>();
		body.put("assignmentMode", "PERMANENT");
		body.put("autoTags", List.of("changed"));
		body.put("padding", new String(padding));
		return TetherClient.JSON.writeValueAsBytes(body);
	}

	private static HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
		return HttpClient.newBuilder()
			.connectTimeout(Duration.ofSeconds(5))
			.build()
			.send(request, HttpResponse.BodyHandlers.ofString());
	}

	private void assertSettings(OrgFixture org, String mode, List<String> tags) {
		JsonNode settings = api.get("/api/v1/settings", org.ownerToken()).json();
		assertThat(settings.path("assignmentMode").asString()).isEqualTo(mode);
		assertThat(strings(settings.path("autoTags"))).containsExactlyElementsOf(tags);
	}

	private long agentsOf(OrgFixture org) {
		return db.sql("select count(*) from agent where org_id = ?")
			.param(Long.parseLong(org.id()))
			.query(Long.class)
			.single();
	}

	private static List<String> strings(JsonNode array) {
		return array.valueStream().map(JsonNode::asString).toList();
	}
}
