package dev.tether.api.binding;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import dev.tether.api.qr.QrDecoder;
import dev.tether.api.support.IntegrationTest;
import dev.tether.api.support.PercentDecoding;
import dev.tether.api.support.OrgFixture;
import dev.tether.api.support.OrgFixture.ChannelRef;
import dev.tether.api.support.TetherClient;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static dev.tether.api.support.LineWebhook.aLineUserId;
import static dev.tether.api.support.LineWebhook.replyToken;
import static dev.tether.api.support.LineWebhook.text;
import static dev.tether.api.support.LineWebhook.texts;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Issuing binding codes, their links and QR images, and every way a code stops binding. */
class BindingCodeIntegrationTests extends IntegrationTest {

	private static final String INVALID = "Invalid binding. Please contact service staff.";

	private static final String LINK_PREFIX = "https://line.me/R/oaMessage/%40brand/?";

	private static final String CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

	@Test
	void aCodeIsAnsweredWithItsMessageLinkAndQrPaths() {
		OrgFixture org = anOrg();
		ChannelRef channel = org.aChannel();
		String agent = org.anAgent("Alice Chen");

		JsonNode code = org.aBindingCode(channel, agent, null).json();

		String id = code.path("id").asString();
		String value = code.path("code").asString();
		String message = code.path("message").asString();
		String link = code.path("link").asString();
		assertThat(id).isNotBlank();
		assertThat(value).isNotBlank();
		assertThat(message).contains(value);
		assertThat(link).startsWith(LINK_PREFIX);
		String query = link.substring(LINK_PREFIX.length());
		assertThat(query).doesNotContain("+", " ", "#").contains("%20").matches("([A-Za-z0-9._~*-]|%[0-9A-F]{2})+");
		assertThat(PercentDecoding.decode(query)).isEqualTo(message);
		assertThat(code.path("qrSvgPath").asString()).isNotBlank();
		assertThat(code.path("qrPngPath").asString()).isNotBlank();
		assertThat(api.get("/api/v1/binding-codes/" + id, org.ownerToken()).field("link")).isEqualTo(link);
	}

	@Test
	void aNameBeyondAsciiIsPercentEncodedAsUtf8InTheLink() {
		OrgFixture org = anOrg();
		ChannelRef channel = org.aChannel();

		JsonNode code = org.aBindingCode(channel, org.anAgent("山田 太郎", Map.of("email", "yamada-" + org.id() + "@brand.test")), null).json();

		String query = code.path("link").asString().substring(LINK_PREFIX.length());
		assertThat(query).contains("%E5%B1%B1%E7%94%B0%20%E5%A4%AA%E9%83%8E").doesNotContain("+");
		assertThat(PercentDecoding.decode(query)).isEqualTo(code.path("message").asString()).contains("山田 太郎");
	}

	@Test
	void theQrImagesReadBackAsTheLink() {
		OrgFixture org = anOrg();
		ChannelRef channel = org.aChannel();
		JsonNode code = org.aBindingCode(channel, org.anAgent("Alice Chen"), null).json();
		String link = code.path("link").asString();

		TetherClient.Response svg = api.get(code.path("qrSvgPath").asString(), org.ownerToken());
		TetherClient.Response png = api.get(code.path("qrPngPath").asString(), org.ownerToken());

		assertThat(svg.status()).isEqualTo(200);
		assertThat(svg.header("Content-Type")).startsWith("image/svg+xml");
		assertThat(QrDecoder.decodeSvg(svg.text())).isEqualTo(link);
		assertThat(png.status()).isEqualTo(200);
		assertThat(png.header("Content-Type")).isEqualTo("image/png");
		assertThat(QrDecoder.decodePng(png.body())).isEqualTo(link);
	}

	@Test
	void anAgentTokenMayIssueCodesForItselfOnly() {
		OrgFixture org = anOrg();
		ChannelRef channel = org.aChannel();
		String alice = org.anAgent("Alice Chen");
		String bob = org.anAgent("Bob Sato");
		String team = org.aTeam("Sales", alice, bob);
		String aliceToken = org.aToken("AGENT", alice);

		TetherClient.Response own = issue(aliceToken, channel, alice, null);
		TetherClient.Response ownWithinTeam = issue(aliceToken, channel, alice, team);
		TetherClient.Response bobs = issue(aliceToken, channel, bob, null);
		TetherClient.Response bobsWithinTeam = issue(aliceToken, channel, bob, team);
		TetherClient.Response teams = issue(aliceToken, channel, null, team);

		assertThat(own.status()).as(own.toString()).isEqualTo(201);
		assertThat(own.field("agentId")).isEqualTo(alice);
		TetherClient.Response ownQr = api.get(own.field("qrSvgPath"), aliceToken);
		assertThat(ownQr.status()).as(ownQr.toString()).isEqualTo(200);
		assertThat(QrDecoder.decodeSvg(ownQr.text())).isEqualTo(own.field("link"));
		assertThat(ownWithinTeam.status()).as(ownWithinTeam.toString()).isEqualTo(201);
		assertForbidden(bobs);
		assertForbidden(bobsWithinTeam);
		assertForbidden(teams);
		assertThat(codesOf(org)).isEqualTo(2);
		String bobsCode = org.aBindingCode(channel, bob, null).field("id");
		assertForbidden(api.get("/api/v1/binding-codes/" + bobsCode + "/qr.png", aliceToken));
		assertForbidden(api.delete("/api/v1/binding-codes/" + bobsCode, aliceToken));
		assertThat(api.get("/api/v1/binding-codes/" + bobsCode, org.ownerToken()).json().path("revoked").asBoolean())
			.isFalse();
	}

	@Test
	void aManagerMayIssueCodesForTheirOwnTeamsOnly() {
		OrgFixture org = anOrg();
		ChannelRef channel = org.aChannel();
		String manager = org.anAgent("Mia Manager");
		String alice = org.anAgent("Alice Chen");
		String carol = org.anAgent("Carol Ito");
		String ownTeam = org.aTeam("Sales", manager, alice);
		String otherTeam = org.aTeam("Support", carol);
		String managerToken = org.aToken("MANAGER", manager);

		TetherClient.Response forTeam = issue(managerToken, channel, null, ownTeam);
		TetherClient.Response forMemberWithinTeam = issue(managerToken, channel, alice, ownTeam);
		TetherClient.Response forOtherTeam = issue(managerToken, channel, null, otherTeam);
		TetherClient.Response forOtherTeamsMember = issue(managerToken, channel, carol, otherTeam);

		assertThat(forTeam.status()).as(forTeam.toString()).isEqualTo(201);
		assertThat(forTeam.field("teamId")).isEqualTo(ownTeam);
		assertThat(forMemberWithinTeam.status()).as(forMemberWithinTeam.toString()).isEqualTo(201);
		assertForbidden(forOtherTeam);
		assertForbidden(forOtherTeamsMember);
		assertThat(codesOf(org)).isEqualTo(2);
	}

	@Test
	void aCodeForADeactivatedAgentIsRefused() {
		OrgFixture org = anOrg();
		ChannelRef channel = org.aChannel();
		String alice = org.anAgent("Alice Chen");
		api.delete("/api/v1/agents/" + alice, org.ownerToken());

		assertUnprocessable(issue(org.ownerToken(), channel, alice, null), "AGENT_INACTIVE");
		assertThat(codesOf(org)).isZero();
	}

	@Test
	void aCodeForATeamWithoutActiveMembersIsRefused() {
		OrgFixture org = anOrg();
		ChannelRef channel = org.aChannel();
		String empty = org.aTeam("Nobody");
		String alice = org.anAgent("Alice Chen");
		String onlyInactive = org.aTeam("Gone", alice);
		api.delete("/api/v1/agents/" + alice, org.ownerToken());

		assertUnprocessable(issue(org.ownerToken(), channel, null, empty), "TEAM_EMPTY");
		assertUnprocessable(issue(org.ownerToken(), channel, null, onlyInactive), "TEAM_EMPTY");
		assertThat(codesOf(org)).isZero();
	}

	@Test
	void aCodeForAnAgentOutsideTheTeamIsRefused() {
		OrgFixture org = anOrg();
		ChannelRef channel = org.aChannel();
		String team = org.aTeam("Sales", org.anAgent("Alice Chen"));

		assertUnprocessable(issue(org.ownerToken(), channel, org.anAgent("Bob Sato"), team), "AGENT_NOT_IN_TEAM");
		assertThat(codesOf(org)).isZero();
	}

	@Test
	void aCodeOnAnUnknownChannelIsNotFound() {
		OrgFixture org = anOrg();
		String alice = org.anAgent("Alice Chen");

		for (String channelId : List.of("999999999", "main")) {
			TetherClient.Response answer = api.post("/api/v1/binding-codes", org.ownerToken(),
					Map.of("channelId", channelId, "agentId", alice));

			assertThat(answer.status()).as(answer.toString()).isEqualTo(404);
			assertThat(answer.problemCode()).isEqualTo("CHANNEL_NOT_FOUND");
		}
		assertThat(codesOf(org)).isZero();
	}

	@Test
	void aRevokedCodeBindsNobody() {
		OrgFixture org = anOrg();
		ChannelRef channel = org.aChannel();
		JsonNode code = org.aBindingCode(channel, org.anAgent("Alice Chen"), null).json();

		TetherClient.Response revoked = api.delete("/api/v1/binding-codes/" + code.path("id").asString(),
				org.ownerToken());

		assertThat(revoked.status()).as(revoked.toString()).isEqualTo(204);
		assertThat(api.get("/api/v1/binding-codes/" + code.path("id").asString(), org.ownerToken())
			.json()
			.path("revoked")
			.asBoolean()).isTrue();
		assertInvalidOverLine(org, channel, code.path("message").asString());
	}

	@Test
	void aCodeWhoseAgentWasDeactivatedAfterIssueBindsNobody() {
		OrgFixture org = anOrg();
		ChannelRef channel = org.aChannel();
		String alice = org.anAgent("Alice Chen");
		String team = org.aTeam("Sales", alice, org.anAgent("Bob Sato"));
		String agentCode = org.bindingMessageFor(channel, alice);
		String withinTeamCode = org.aBindingCode(channel, alice, team).field("message");

		api.delete("/api/v1/agents/" + alice, org.ownerToken());

		assertInvalidOverLine(org, channel, agentCode);
		assertInvalidOverLine(org, channel, withinTeamCode);
	}

	@Test
	void aTeamCodeWhoseTeamLostAllItsMembersBindsNobody() {
		OrgFixture org = anOrg();
		ChannelRef channel = org.aChannel();
		String team = org.aTeam("Sales", org.anAgent("Alice Chen"), org.anAgent("Bob Sato"));
		String message = org.aBindingCode(channel, null, team).field("message");

		TetherClient.Response emptied = api.put("/api/v1/teams/" + team + "/members", org.ownerToken(),
				Map.of("agentIds", List.of()));

		assertThat(emptied.status()).as(emptied.toString()).isEqualTo(200);
		assertInvalidOverLine(org, channel, message);
	}

	@Test
	void aTeamCodeWhoseMembersWereAllDeactivatedBindsNobody() {
		OrgFixture org = anOrg();
		ChannelRef channel = org.aChannel();
		String alice = org.anAgent("Alice Chen");
		String team = org.aTeam("Sales", alice);
		String message = org.aBindingCode(channel, null, team).field("message");

		api.delete("/api/v1/agents/" + alice, org.ownerToken());

		assertInvalidOverLine(org, channel, message);
	}

	@Test
	void aCodeOfADeletedTeamBindsNobody() {
		OrgFixture org = anOrg();
		ChannelRef channel = org.aChannel();
		String alice = org.anAgent("Alice Chen");
		String team = org.aTeam("Sales", alice);
		String teamCode = org.aBindingCode(channel, null, team).field("message");
		String withinTeamCode = org.aBindingCode(channel, alice, team).field("message");

		assertThat(api.delete("/api/v1/teams/" + team, org.ownerToken()).status()).isEqualTo(204);

		assertInvalidOverLine(org, channel, teamCode);
		assertInvalidOverLine(org, channel, withinTeamCode);
	}

	@Test
	void aCodeWhoseAgentLeftTheTeamBindsNobody() {
		OrgFixture org = anOrg();
		ChannelRef channel = org.aChannel();
		String alice = org.anAgent("Alice Chen");
		String bob = org.anAgent("Bob Sato");
		String team = org.aTeam("Sales", alice, bob);
		String message = org.aBindingCode(channel, alice, team).field("message");

		api.put("/api/v1/teams/" + team + "/members", org.ownerToken(), Map.of("agentIds", List.of(bob)));

		assertInvalidOverLine(org, channel, message);
	}

	@Test
	void aCodeOfADeletedTeamCanStillBeReadAndRevoked() {
		OrgFixture org = anOrg();
		ChannelRef channel = org.aChannel();
		String team = org.aTeam("Sales", org.anAgent("Alice Chen"));
		String code = org.aBindingCode(channel, null, team).field("id");
		api.delete("/api/v1/teams/" + team, org.ownerToken());

		TetherClient.Response read = api.get("/api/v1/binding-codes/" + code, org.ownerToken());
		TetherClient.Response revoked = api.delete("/api/v1/binding-codes/" + code, org.ownerToken());

		assertThat(read.status()).as(read.toString()).isEqualTo(200);
		assertThat(revoked.status()).as(revoked.toString()).isEqualTo(204);
		assertThat(db.sql("select revoked_at is not null from binding_code where id = ?")
			.param(Long.parseLong(code))
			.query(Boolean.class)
			.single()).isTrue();
	}

	@Test
	void aCodeOfAnotherOrgBindsNobody() {
		OrgFixture org = anOrg();
		ChannelRef channel = org.aChannel();
		OrgFixture other = anOrg();
		String message = other.bindingMessageFor(other.aChannel(), other.anAgent("Alice Chen"));

		assertInvalidOverLine(org, channel, message);
	}

	@Test
	void aCodeSentToAnotherChannelOfTheOrgBindsNobody() {
		OrgFixture org = anOrg();
		ChannelRef issuedOn = org.aChannel();
		ChannelRef sentTo = org.aChannelWithSecret("another-channel-secret-0123456789");
		String message = org.bindingMessageFor(issuedOn, org.anAgent("Alice Chen"));

		assertInvalidOverLine(org, sentTo, message);
	}

	@Test
	void aWellFormedCodeThatWasNeverIssuedBindsNobody() {
		OrgFixture org = anOrg();
		ChannelRef channel = org.aChannel();
		JsonNode real = org.aBindingCode(channel, org.anAgent("Alice Chen"), null).json();
		String realCode = real.path("code").asString();
		StringBuilder invented = new StringBuilder(realCode.substring(0, 2));
		while (invented.length() < realCode.length()) {
			invented.append(CROCKFORD.charAt(ThreadLocalRandom.current().nextInt(CROCKFORD.length())));
		}

		assertInvalidOverLine(org, channel, real.path("message").asString().replace(realCode, invented));
	}

	@Test
	void aCodeWithAnyOneCharacterChangedBindsNobody() {
		OrgFixture org = anOrg();
		ChannelRef channel = org.aChannel();
		JsonNode real = org.aBindingCode(channel, org.anAgent("Alice Chen"), null).json();
		String code = real.path("code").asString();
		String message = real.path("message").asString();

		for (int position : List.of(0, 1, 2, code.length() / 2, code.length() - 8, code.length() - 1)) {
			char original = code.charAt(position);
			char replacement = CROCKFORD.charAt((CROCKFORD.indexOf(original) + 1) % CROCKFORD.length());
			String altered = code.substring(0, position) + replacement + code.substring(position + 1);

			assertInvalidOverLine(org, channel, message.replace(code, altered));
		}
		String lowerCased = code.substring(0, 5) + Character.toLowerCase(code.charAt(5)) + code.substring(6);
		if (!lowerCased.equals(code)) {
			assertInvalidOverLine(org, channel, message.replace(code, lowerCased));
		}
	}

	private void assertInvalidOverLine(OrgFixture org, ChannelRef channel, String message) {
		String customer = aLineUserId();
		Map<String, Object> event = text(customer, message);

		assertThat(webhookOf(channel).deliver(event).status()).isEqualTo(200);

		List<JsonNode> replies = await().atMost(Duration.ofSeconds(10))
			.until(() -> line.repliesWith(replyToken(event)), found -> !found.isEmpty());
		assertThat(texts(replies)).as(message).containsExactly(INVALID);
		JsonNode contact = org.contact(channel, customer).json();
		assertThat(contact.path("binding").isNull()).as(message).isTrue();
		assertThat(contact.path("conversation").path("agentId").isString()).as(message).isFalse();
		assertThat(db.sql("select count(*) from binding b join contact c on c.id = b.contact_id where c.line_user_id = ?")
			.param(customer)
			.query(Long.class)
			.single()).isZero();
	}

	private TetherClient.Response issue(String token, ChannelRef channel, @Nullable String agentId,
			@Nullable String teamId) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("channelId", channel.id());
		if (agentId != null) {
			body.put("agentId", agentId);
		}
		if (teamId != null) {
			body.put("teamId", teamId);
		}
		return api.post("/api/v1/binding-codes", token, body);
	}

	private long codesOf(OrgFixture org) {
		return db.sql("select count(*) from binding_code where org_id = ?")
			.param(Long.parseLong(org.id()))
			.query(Long.class)
			.single();
	}

	private static void assertForbidden(TetherClient.Response answer) {
		assertThat(answer.status()).as(answer.toString()).isEqualTo(403);
		assertThat(answer.problemCode()).isEqualTo("FORBIDDEN");
	}

	private static void assertUnprocessable(TetherClient.Response answer, String code) {
		assertThat(answer.status()).as(answer.toString()).isEqualTo(422);
		assertThat(answer.problemCode()).isEqualTo(code);
	}
}
