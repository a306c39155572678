package dev.tether.api.team;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import dev.tether.api.qr.QrDecoder;
import dev.tether.api.support.IntegrationTest;
import dev.tether.api.support.PercentDecoding;
import dev.tether.api.support.OrgFixture;
import dev.tether.api.support.OrgFixture.ChannelRef;
import dev.tether.api.support.TetherClient;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.springframework.http.ContentDisposition;
import tools.jackson.databind.JsonNode;

import static dev.tether.api.support.LineWebhook.aLineUserId;
import static dev.tether.api.support.LineWebhook.replyToken;
import static dev.tether.api.support.LineWebhook.text;
import static dev.tether.api.support.LineWebhook.texts;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** A team's binding links as CSV and QR codes as a ZIP of SVGs, one per active member. */
class TeamDownloadsIntegrationTests extends IntegrationTest {

	private static final String LINK_PREFIX = "https://line.me/R/oaMessage/%40brand/?";

	@Test
	void theCsvListsEveryActiveMemberWithTheirNameEmailAndLink() throws IOException {
		OrgFixture org = anOrg();
		ChannelRef channel = org.aChannel();
		String aliceEmail = email("alice");
		String bobEmail = email("bob");
		String alice = org.anAgent("Alice Chen", Map.of("email", aliceEmail));
		String bob = org.anAgent("Bob Sato", Map.of("email", bobEmail));
		String carol = org.anAgent("Carol Ito");
		String team = org.aTeam("Sales", alice, bob, carol);
		api.delete("/api/v1/agents/" + carol, org.ownerToken());

		TetherClient.Response csv = csv(org, team, channel);

		assertThat(csv.status()).as(csv.toString()).isEqualTo(200);
		assertThat(csv.header("Content-Type")).startsWith("text/csv");
		assertThat(csv.text().lines().findFirst()).hasValue("Assignee,Email,Assign link");
		List<CSVRecord> rows = rows(csv);
		assertThat(rows).hasSize(2);
		assertThat(rows.get(0).get("Assignee")).isEqualTo("Alice Chen");
		assertThat(rows.get(0).get("Email")).isEqualTo(aliceEmail);
		assertThat(rows.get(1).get("Assignee")).isEqualTo("Bob Sato");
		assertThat(rows.get(1).get("Email")).isEqualTo(bobEmail);
		assertThat(rows).allSatisfy(row -> assertThat(row.get("Assign link")).startsWith(LINK_PREFIX));
		assertThat(rows.get(0).get("Assign link")).isNotEqualTo(rows.get(1).get("Assign link"));
	}

	@Test
	void aCsvLinkBindsItsMemberWithinTheTeam() throws IOException {
		OrgFixture org = anOrg();
		ChannelRef channel = org.aChannel();
		String alice = org.anAgent("Alice Chen");
		String bob = org.anAgent("Bob Sato");
		String team = org.aTeam("Sales", alice, bob);
		CSVRecord bobsRow = rows(csv(org, team, channel)).get(1);
		String customer = aLineUserId();
		Map<String, Object> message = text(customer, messageOf(bobsRow.get("Assign link")));

		assertThat(webhookOf(channel).deliver(message).status()).isEqualTo(200);

		List<JsonNode> replies = await().atMost(Duration.ofSeconds(10))
			.until(() -> line.repliesWith(replyToken(message)), found -> !found.isEmpty());
		assertThat(texts(replies)).containsExactly("You have successfully bound to: Bob Sato");
		JsonNode binding = org.contact(channel, customer).json().path("binding");
		assertThat(binding.path("agentId").asString()).isEqualTo(bob);
		assertThat(binding.path("teamId").asString()).isEqualTo(team);
	}

	@Test
	void theCsvIsNamedAfterTheTeamInUtf8() {
		OrgFixture org = anOrg();
		ChannelRef channel = org.aChannel();
		String team = org.aTeam("営業チーム", org.anAgent("Alice Chen"));

		TetherClient.Response csv = csv(org, team, channel);

		String disposition = csv.header("Content-Disposition");
		assertThat(disposition).startsWith("attachment")
			.contains("filename*=UTF-8''%E5%96%B6%E6%A5%AD%E3%83%81%E3%83%BC%E3%83%A0_teamMembers_QR_urls.csv");
		assertThat(ContentDisposition.parse(disposition).getFilename()).isEqualTo("営業チーム_teamMembers_QR_urls.csv");
	}

	@Test
	void aNameWithACommaIsQuotedAndReadsBackWhole() throws IOException {
		OrgFixture org = anOrg();
		ChannelRef channel = org.aChannel();
		String team = org.aTeam("Sales", org.anAgent("Chen, Alice", Map.of("email", email("alice"))));

		TetherClient.Response csv = csv(org, team, channel);

		assertThat(csv.text().lines().skip(1).findFirst()).hasValueSatisfying(
				line -> assertThat(line).startsWith("\"Chen, Alice\","));
		List<CSVRecord> rows = rows(csv);
		assertThat(rows).hasSize(1);
		assertThat(rows.get(0).size()).isEqualTo(3);
		assertThat(rows.get(0).get("Assignee")).isEqualTo("Chen, Alice");
	}

	@Test
	void codesAreIssuedForMembersLackingOneAndReusedOnTheNextDownload() throws IOException {
		OrgFixture org = anOrg();
		ChannelRef channel = org.aChannel();
		String alice = org.anAgent("Alice Chen");
		String bob = org.anAgent("Bob Sato");
		String team = org.aTeam("Sales", alice, bob);
		String alicesLink = org.aBindingCode(channel, alice, team).field("link");
		long before = codesOf(org);

		List<String> first = links(rows(csv(org, team, channel)));
		long afterFirst = codesOf(org);
		List<String> second = links(rows(csv(org, team, channel)));

		assertThat(first).hasSize(2).first().isEqualTo(alicesLink);
		assertThat(afterFirst).isEqualTo(before + 1);
		assertThat(second).isEqualTo(first);
		assertThat(codesOf(org)).isEqualTo(afterFirst);
	}

	@Test
	void aRevokedMemberCodeIsReplacedOnTheNextDownload() throws IOException {
		OrgFixture org = anOrg();
		ChannelRef channel = org.aChannel();
		String alice = org.anAgent("Alice Chen");
		String team = org.aTeam("Sales", alice);
		JsonNode issued = org.aBindingCode(channel, alice, team).json();
		api.delete("/api/v1/binding-codes/" + issued.path("id").asString(), org.ownerToken());

		List<String> links = links(rows(csv(org, team, channel)));

		assertThat(links).hasSize(1);
		assertThat(links.get(0)).isNotEqualTo(issued.path("link").asString());
		assertThat(codesOf(org)).isEqualTo(2);
	}

	@Test
	void eachChannelHasItsOwnMemberCodes() throws IOException {
		OrgFixture org = anOrg();
		ChannelRef first = org.aChannel();
		ChannelRef second = org.aChannelWithSecret("second-channel-secret-0123456789");
		String alice = org.anAgent("Alice Chen");
		String team = org.aTeam("Sales", alice);
		String firstLink = links(rows(csv(org, team, first))).get(0);
		String secondLink = links(rows(csv(org, team, second))).get(0);
		String customer = aLineUserId();
		Map<String, Object> message = text(customer, messageOf(secondLink));

		webhookOf(second).deliver(message);

		assertThat(secondLink).isNotEqualTo(firstLink);
		List<JsonNode> replies = await().atMost(Duration.ofSeconds(10))
			.until(() -> line.repliesWith(replyToken(message)), found -> !found.isEmpty());
		assertThat(texts(replies)).containsExactly("You have successfully bound to: Alice Chen");
		assertThat(org.contact(second, customer).json().path("binding").path("agentId").asString()).isEqualTo(alice);
	}

	@Test
	void anotherOrgsTeamOrChannelIsNotFound() {
		OrgFixture org = anOrg();
		OrgFixture other = anOrg();
		ChannelRef channel = org.aChannel();
		String team = org.aTeam("Sales", org.anAgent("Alice Chen"));
		ChannelRef othersChannel = other.aChannel();
		String othersTeam = other.aTeam("Their Sales", other.anAgent("Bob Sato"));

		TetherClient.Response theirTeam = csv(org, othersTeam, channel);
		TetherClient.Response theirChannel = csv(org, team, othersChannel);

		assertThat(theirTeam.status()).as(theirTeam.toString()).isEqualTo(404);
		assertThat(theirTeam.problemCode()).isEqualTo("TEAM_NOT_FOUND");
		assertThat(theirChannel.status()).as(theirChannel.toString()).isEqualTo(404);
		assertThat(theirChannel.problemCode()).isEqualTo("CHANNEL_NOT_FOUND");
		assertThat(codesOf(org)).isZero();
		assertThat(codesOf(other)).isZero();
	}

	@Test
	void theZipHoldsOneSvgPerMemberThatReadsBackAsTheirLink() throws IOException {
		OrgFixture org = anOrg();
		ChannelRef channel = org.aChannel();
		String aliceEmail = email("alice");
		String bobEmail = email("bob");
		String team = org.aTeam("Sales", org.anAgent("Alice Chen", Map.of("email", aliceEmail)),
				org.anAgent("Bob Sato", Map.of("email", bobEmail)));
		List<CSVRecord> rows = rows(csv(org, team, channel));

		TetherClient.Response zip = api.get(
				"/api/v1/teams/" + team + "/member-binding-codes.zip?channelId=" + channel.id(), org.ownerToken());

		assertThat(zip.status()).as(zip.toString()).isEqualTo(200);
		assertThat(zip.header("Content-Type")).isEqualTo("application/zip");
		assertThat(ContentDisposition.parse(zip.header("Content-Disposition")).getFilename())
			.isEqualTo(team + "_Sales_teamMembers_QR_codes.zip");
		Map<String, String> entries = unzip(zip.body());
		assertThat(entries).containsOnlyKeys(aliceEmail + ".svg", bobEmail + ".svg");
		for (CSVRecord row : rows) {
			String svg = entries.get(row.get("Email") + ".svg");
			assertThat(QrDecoder.decodeSvg(svg)).isEqualTo(row.get("Assign link"));
		}
	}

	@Test
	void theZipIsNamedWithTheTeamsIdAndNameInUtf8() {
		OrgFixture org = anOrg();
		ChannelRef channel = org.aChannel();
		String team = org.aTeam("営業チーム", org.anAgent("Alice Chen"));

		TetherClient.Response zip = api.get(
				"/api/v1/teams/" + team + "/member-binding-codes.zip?channelId=" + channel.id(), org.ownerToken());

		assertThat(ContentDisposition.parse(zip.header("Content-Disposition")).getFilename())
			.isEqualTo(team + "_営業チーム_teamMembers_QR_codes.zip");
	}

	@Test
	void aManagerOfTheTeamMayDownloadButAnAgentMayNot() {
		OrgFixture org = anOrg();
		ChannelRef channel = org.aChannel();
		String manager = org.anAgent("Mia Manager");
		String alice = org.anAgent("Alice Chen");
		String team = org.aTeam("Sales", manager, alice);
		String managerToken = org.aToken("MANAGER", manager);
		String agentToken = org.aToken("AGENT", alice);

		TetherClient.Response managers = csv(managerToken, team, channel);

		assertThat(managers.status()).as(managers.toString()).isEqualTo(200);
		for (String format : List.of("csv", "zip")) {
			TetherClient.Response agents = api.get(
					"/api/v1/teams/" + team + "/member-binding-codes." + format + "?channelId=" + channel.id(),
					agentToken);
			assertThat(agents.status()).as(agents.toString()).isEqualTo(403);
			assertThat(agents.problemCode()).isEqualTo("FORBIDDEN");
		}
	}

	@Test
	void aDownloadWithoutAChannelIsABadRequest() {
		OrgFixture org = anOrg();
		String team = org.aTeam("Sales", org.anAgent("Alice Chen"));

		for (String format : List.of("csv", "zip")) {
			TetherClient.Response answer = api.get("/api/v1/teams/" + team + "/member-binding-codes." + format,
					org.ownerToken());

			assertThat(answer.status()).as(answer.toString()).isEqualTo(400);
			assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
		}
		assertThat(codesOf(org)).isZero();
	}

	private TetherClient.Response csv(OrgFixture org, String team, ChannelRef channel) {
		return csv(org.ownerToken(), team, channel);
	}

	private TetherClient.Response csv(String token, String team, ChannelRef channel) {
		return api.get("/api/v1/teams/" + team + "/member-binding-codes.csv?channelId=" + channel.id(), token);
	}

	private static List<CSVRecord> rows(TetherClient.Response csv) throws IOException {
		assertThat(csv.status()).as(csv.toString()).isEqualTo(200);
		try (CSVParser parser = CSVFormat.DEFAULT.builder()
			.setHeader()
			.setSkipHeaderRecord(true)
			.get()
			.parse(new StringReader(csv.text()))) {
			assertThat(parser.getHeaderNames()).containsExactly("Assignee", "Email", "Assign link");
			return parser.getRecords();
		}
	}

	private static List<String> links(List<CSVRecord> rows) {
		return rows.stream().map(row -> row.get("Assign link")).toList();
	}

	/** The message a link pre-fills in LINE: its query, percent-decoded strictly. */
	private static String messageOf(String link) {
		assertThat(link).startsWith(LINK_PREFIX);
		return PercentDecoding.decode(link.substring(LINK_PREFIX.length()));
	}

	private static Map<String, String> unzip(byte[] zip) throws IOException {
		Map<String, String> entries = new LinkedHashMap<>();
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				entries.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
			}
		}
		return entries;
	}

	private long codesOf(OrgFixture org) {
		return db.sql("select count(*) from binding_code where org_id = ?")
			.param(Long.parseLong(org.id()))
			.query(Long.class)
			.single();
	}

	private static String email(String name) {
		return name + "-" + UUID.randomUUID().toString().substring(0, 8) + "@brand.test";
	}
}
