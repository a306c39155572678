package dev.tether.api.sync;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import dev.tether.api.support.IntegrationTest;
import dev.tether.api.support.OrgFixture;
import dev.tether.api.support.TetherClient;
import org.junit.jupiter.api.Test;
import org.springframework.http.ContentDisposition;
import tools.jackson.databind.JsonNode;

import static dev.tether.api.sync.SyncClient.results;
import static dev.tether.api.sync.SyncClient.rows;
import static org.assertj.core.api.Assertions.assertThat;

/** Agents synced by CSV: upsert by email, team membership from team codes, all or nothing, exports that re-import. */
class AgentImportIntegrationTests extends IntegrationTest {

	/** A file of the first columns alone: agents' shifts are left as they are. */
	private static final String HEADER = "email,name,role,externalCode,teamCodes,maxOpenContacts\n";

	/** Every column, as exports and the template write them. */
	private static final String ALL_COLUMNS = HEADER.strip() + ",scheduleTimezone,scheduleWeekly,scheduleOverrides\n";

	@Test
	void rowsCreateAgentsAndALaterFileUpdatesThemByEmailWhateverItsCase() {
		OrgFixture org = anOrg();
		SyncClient sync = agentsOf(org);
		String alice = email("alice");
		String bob = email("bob");

		JsonNode first = sync.applied(HEADER + alice + ",Alice Chen,,EMP-1,,5\n" + bob + ",Bob Sato,MANAGER,,,\n");
		JsonNode second = sync.applied(
				HEADER + alice.toUpperCase() + ",Alice Chen-Ito,ADMIN,EMP-9,,7\n" + bob + ",Bob Sato,MANAGER,,,\n");

		assertThat(first.path("created").asInt()).isEqualTo(2);
		assertThat(first.path("rows").path(0).path("line").asInt()).isEqualTo(2);
		assertThat(first.path("rows").path(0).path("key").asString()).isEqualTo(alice);
		assertThat(results(first)).containsExactly("CREATED", "CREATED");
		assertThat(results(second)).containsExactly("UPDATED", "UNCHANGED");
		assertThat(second.path("updated").asInt()).isEqualTo(1);
		assertThat(second.path("unchanged").asInt()).isEqualTo(1);
		Map<String, JsonNode> agents = agents(org);
		assertThat(agents).hasSize(2).containsKey(alice.toUpperCase());
		JsonNode updated = agents.get(alice.toUpperCase());
		assertThat(updated.path("name").asString()).isEqualTo("Alice Chen-Ito");
		assertThat(updated.path("role").asString()).isEqualTo("ADMIN");
		assertThat(updated.path("externalCode").asString()).isEqualTo("EMP-9");
		assertThat(updated.path("maxOpenContacts").asInt()).isEqualTo(7);
		assertThat(agents.get(bob).path("role").asString()).isEqualTo("MANAGER");
		assertThat(agents.get(bob).path("maxOpenContacts").isNull()).isTrue();
	}

	@Test
	void aFileStartingWithAByteOrderMarkIsRead() {
		OrgFixture org = anOrg();
		String alice = email("alice");
		byte[] body = ("\uFEFF" + HEADER + alice + ",Alice Chen,,,,\n").getBytes(StandardCharsets.UTF_8);

		TetherClient.Response answer = agentsOf(org).upload(body, SyncClient.CSV);

		assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
		assertThat(agents(org)).containsOnlyKeys(alice);
	}

	@Test
	void quotedValuesKeepTheirCommasAndLineBreaks() {
		OrgFixture org = anOrg();
		String alice = email("alice");

		agentsOf(org).applied(HEADER + alice + ",\"Chen, Alice\n(nights)\",,\"EMP,1\",,\n");

		JsonNode agent = agents(org).get(alice);
		assertThat(agent.path("name").asString()).isEqualTo("Chen, Alice\n(nights)");
		assertThat(agent.path("externalCode").asString()).isEqualTo("EMP,1");
	}

	@Test
	void japaneseNamesComeBackUnchangedFromTheExport() {
		OrgFixture org = anOrg();
		SyncClient sync = agentsOf(org);
		String hanako = email("hanako");
		org.aTeam("営業", Map.of("code", "営業"));

		sync.applied(HEADER + hanako + ",山田 花子,,社員-1,営業,\n");
		TetherClient.Response export = sync.export();

		assertThat(ContentDisposition.parse(export.header("Content-Disposition")).getFilename())
			.isEqualTo("agents.csv");
		assertThat(SyncClient.text(export)).startsWith(ALL_COLUMNS.strip() + "\r\n");
		assertThat(rows(export)).containsExactly(Map.of("email", hanako, "name", "山田 花子", "role", "AGENT",
				"externalCode", "社員-1", "teamCodes", "営業", "maxOpenContacts", "", "scheduleTimezone", "",
				"scheduleWeekly", "", "scheduleOverrides", ""));
	}

	@Test
	void agentsShiftsAreSyncedExportedLeftAloneByAFileWithoutThemAndClearedByAnEmptyCell() {
		OrgFixture org = anOrg();
		SyncClient sync = agentsOf(org);
		String alice = email("alice");

		sync.applied(ALL_COLUMNS + alice + ",Alice Chen,,,,,America/Los_Angeles,SAT 22:00-06:00; SUN 22:00-06:00,\n");

		String id = agents(org).get(alice).path("id").asString();
		JsonNode shifts = expect(200, api.get("/api/v1/agents/" + id + "/schedule", org.ownerToken())).json();
		assertThat(shifts.path("timezone").asString()).isEqualTo("America/Los_Angeles");
		assertThat(rows(sync.export()).get(0)).containsEntry("scheduleWeekly", "SAT 22:00-06:00; SUN 22:00-06:00");
		sync.applied(HEADER + alice + ",Alice Chen-Ito,,,,\n");
		expect(200, api.get("/api/v1/agents/" + id + "/schedule", org.ownerToken()));

		JsonNode cleared = sync.applied(ALL_COLUMNS + alice + ",Alice Chen-Ito,,,,,,,\n");

		assertThat(cleared.path("rows").path(0).path("cleared").valueStream().map(JsonNode::asString).toList())
			.contains("scheduleTimezone");
		assertThat(api.get("/api/v1/agents/" + id + "/schedule", org.ownerToken()).problemCode())
			.isEqualTo("SCHEDULE_NOT_FOUND");
	}

	@Test
	void oneInvalidRowRejectsTheWholeFileAndChangesNothing() {
		OrgFixture org = anOrg();
		String alice = email("alice");
		org.anAgent("Alice Chen", Map.of("email", alice));

		JsonNode report = agentsOf(org).rejected(HEADER + alice + ",Alice Renamed,,,,\n" + email("bob")
				+ ",Bob Sato,,,,\n" + "\n" + email("carol") + ",Carol Ito,BOSS,,,\n");

		assertThat(results(report)).containsExactly("UPDATED", "CREATED", "INVALID");
		assertThat(report.path("invalid").asInt()).isEqualTo(1);
		JsonNode bad = report.path("rows").path(2);
		assertThat(bad.path("line").asInt()).isEqualTo(5);
		assertThat(strings(bad.path("errors")))
			.containsExactly("role: must be one of AGENT, MANAGER, ADMIN, OWNER, not BOSS");
		assertThat(agents(org)).containsOnlyKeys(alice);
		assertThat(agents(org).get(alice).path("name").asString()).isEqualTo("Alice Chen");
	}

	@Test
	void theProblemSaysWhereTheFirstInvalidRowIs() {
		OrgFixture org = anOrg();

		TetherClient.Response answer = agentsOf(org)
			.upload(HEADER + email("alice") + ",Alice,,,,\n" + "not-an-email,Bob,,,,\n" + ",Carol,,,,\n");

		assertThat(answer.status()).as(answer.toString()).isEqualTo(422);
		assertThat(answer.field("detail"))
			.isEqualTo("Nothing was changed: 2 of 3 rows are invalid, the first on line 3");
		assertThat(answer.json().path("report").path("rows").path(2).path("errors").path(0).asString())
			.isEqualTo("email: is required");
	}

	@Test
	void anUnknownTeamCodeRejectsTheFile() {
		OrgFixture org = anOrg();
		String sales = org.aTeam("Sales", Map.of("code", "SALES"));

		JsonNode report = agentsOf(org).rejected(HEADER + email("alice") + ",Alice Chen,,,SALES;NOPE,\n");

		assertThat(strings(report.path("rows").path(0).path("errors")))
			.containsExactly("teamCodes: no team has the code NOPE");
		assertThat(agents(org)).isEmpty();
		assertThat(membersOf(org, sales)).isEmpty();
	}

	@Test
	void aRepeatedEmailRejectsTheFile() {
		OrgFixture org = anOrg();
		String alice = email("alice");

		JsonNode report = agentsOf(org).rejected(HEADER + alice + ",Alice Chen,,,,\n" + email("bob") + ",Bob,,,,\n"
				+ alice.toUpperCase() + ",Alice,,,,\n");

		assertThat(results(report)).containsExactly("INVALID", "CREATED", "INVALID");
		assertThat(strings(report.path("rows").path(0).path("errors"))).containsExactly("email: also on line 4");
		assertThat(strings(report.path("rows").path(2).path("errors"))).containsExactly("email: also on line 2");
		assertThat(agents(org)).isEmpty();
	}

	@Test
	void anExternalCodeHeldByAnotherAgentRejectsTheFile() {
		OrgFixture org = anOrg();
		String bob = email("bob");
		org.anAgent("Bob Sato", Map.of("email", bob, "externalCode", "EMP-1"));

		JsonNode report = agentsOf(org).rejected(HEADER + email("alice") + ",Alice Chen,,EMP-1,,\n");

		assertThat(strings(report.path("rows").path(0).path("errors")))
			.containsExactly("externalCode: EMP-1 belongs to another agent, " + bob);
		assertThat(agents(org)).containsOnlyKeys(bob);
	}

	@Test
	void aMalformedFileIsABadRequestNamingTheLineAndChangesNothing() {
		OrgFixture org = anOrg();

		TetherClient.Response unclosed = agentsOf(org)
			.upload(HEADER + email("alice") + ",Alice,,,,\n" + email("bob") + ",\"Bob Sato,,,,\n");
		TetherClient.Response wrongHeader = agentsOf(org).upload("mail,name\n" + email("alice") + ",Alice\n");

		assertThat(unclosed.status()).as(unclosed.toString()).isEqualTo(400);
		assertThat(unclosed.header("Content-Type")).startsWith("application/problem+json");
		assertThat(unclosed.problemCode()).isEqualTo("INVALID_CSV");
		assertThat(unclosed.field("detail")).startsWith("Line 3 ");
		assertThat(wrongHeader.status()).as(wrongHeader.toString()).isEqualTo(400);
		assertThat(wrongHeader.problemCode()).isEqualTo("INVALID_CSV");
		assertThat(wrongHeader.field("detail")).startsWith("Line 1 ").contains("unknown column \"mail\"");
		assertThat(agents(org)).isEmpty();
	}

	@Test
	void theTemplatesDownloadAndImportCleanlyTeamsFirst() {
		OrgFixture org = anOrg();
		SyncClient teams = new SyncClient(api, org.ownerToken(), "teams");
		SyncClient agents = agentsOf(org);

		TetherClient.Response teamsTemplate = teams.template();
		TetherClient.Response agentsTemplate = agents.template();

		assertThat(ContentDisposition.parse(agentsTemplate.header("Content-Disposition")).getFilename())
			.isEqualTo("agents-import-template.csv");
		assertThat(SyncClient.text(agentsTemplate)).isEqualTo(
				ALL_COLUMNS.strip() + "\r\nhanako.yamada@example.com,山田 花子,AGENT,EMP-0001,SALES,20,Asia/Tokyo,"
						+ "MON 09:00-18:00; TUE 09:00-18:00; WED 09:00-18:00; THU 09:00-18:00; FRI 09:00-18:00,"
						+ "2026-12-31 closed\r\n");
		assertThat(results(teams.applied(SyncClient.text(teamsTemplate)))).containsExactly("CREATED");
		assertThat(results(agents.applied(SyncClient.text(agentsTemplate)))).containsExactly("CREATED");
		String sales = teamsByCode(org).get("SALES").path("id").asString();
		String hanako = agents(org).get("hanako.yamada@example.com").path("id").asString();
		assertThat(membersOf(org, sales)).containsExactly(hanako);
	}

	@Test
	void anExportImportedBackChangesNothing() {
		OrgFixture org = anOrg();
		String sales = org.aTeam("Sales", Map.of("code", "SALES"));
		String support = org.aTeam("Support", Map.of("code", "CS"));
		String adHoc = org.aTeam("Ad hoc");
		String alice = org.anAgent("Chen, Alice",
				Map.of("email", email("alice"), "externalCode", "EMP-1", "maxOpenContacts", 3));
		String bob = org.anAgent("山田 太郎", Map.of("email", email("taro"), "role", "MANAGER"));
		String carol = org.anAgent("Carol Ito");
		api.put("/api/v1/teams/" + sales + "/members", org.ownerToken(), Map.of("agentIds", List.of(bob, alice)));
		api.put("/api/v1/teams/" + support + "/members", org.ownerToken(), Map.of("agentIds", List.of(alice)));
		api.put("/api/v1/teams/" + adHoc + "/members", org.ownerToken(), Map.of("agentIds", List.of(carol)));
		Map<String, JsonNode> before = agents(org);
		SyncClient sync = agentsOf(org);
		TetherClient.Response export = sync.export();

		JsonNode report = sync.applied(SyncClient.text(export));

		assertThat(rows(export)).extracting(row -> row.get("teamCodes")).containsExactly("CS;SALES", "SALES", "");
		assertThat(results(report)).containsExactly("UNCHANGED", "UNCHANGED", "UNCHANGED");
		assertThat(agents(org)).isEqualTo(before);
		assertThat(membersOf(org, sales)).containsExactly(bob, alice);
		assertThat(membersOf(org, support)).containsExactly(alice);
		assertThat(membersOf(org, adHoc)).containsExactly(carol);
	}

	@Test
	void teamCodesGiveTheAgentExactlyThoseCodedTeams() {
		OrgFixture org = anOrg();
		String alice = email("alice");
		String aliceId = org.anAgent("Alice Chen", Map.of("email", alice));
		String xavier = org.anAgent("Xavier");
		String yuki = org.anAgent("Yuki");
		String sales = org.aTeam("Sales", Map.of("code", "SALES"), xavier, aliceId, yuki);
		String support = org.aTeam("Support", Map.of("code", "CS"), yuki);
		String vip = org.aTeam("VIP", Map.of("code", "VIP"));
		String adHoc = org.aTeam("Ad hoc", aliceId);
		SyncClient sync = agentsOf(org);

		sync.applied(HEADER + alice + ",Alice Chen,,,CS;VIP,\n");

		assertThat(membersOf(org, sales)).containsExactly(xavier, yuki);
		assertThat(membersOf(org, support)).containsExactly(yuki, aliceId);
		assertThat(membersOf(org, vip)).containsExactly(aliceId);
		assertThat(membersOf(org, adHoc)).containsExactly(aliceId);

		sync.applied(HEADER + alice + ",Alice Chen,,,,\n");

		assertThat(membersOf(org, support)).containsExactly(yuki);
		assertThat(membersOf(org, vip)).isEmpty();
		assertThat(membersOf(org, adHoc)).containsExactly(aliceId);
	}

	@Test
	void newAgentsJoinTheirTeamsAtTheEnd() {
		OrgFixture org = anOrg();
		String xavier = org.anAgent("Xavier");
		String sales = org.aTeam("Sales", Map.of("code", "SALES"), xavier);
		String alice = email("alice");
		String bob = email("bob");

		agentsOf(org).applied(HEADER + alice + ",Alice,,,SALES,\n" + bob + ",Bob,,,SALES,\n");

		Map<String, JsonNode> agents = agents(org);
		assertThat(membersOf(org, sales)).containsExactly(xavier, agents.get(alice).path("id").asString(),
				agents.get(bob).path("id").asString());
	}

	@Test
	void emptyCellsLiftTheCapAndClearTheExternalCode() {
		OrgFixture org = anOrg();
		String alice = email("alice");
		org.anAgent("Alice Chen", Map.of("email", alice, "externalCode", "EMP-1", "maxOpenContacts", 5));

		JsonNode report = agentsOf(org).applied(HEADER + alice + ",Alice Chen,,,,\n");

		assertThat(results(report)).containsExactly("UPDATED");
		JsonNode agent = agents(org).get(alice);
		assertThat(agent.path("maxOpenContacts").isNull()).isTrue();
		assertThat(agent.path("externalCode").isNull()).isTrue();
	}

	@Test
	void aFileWithOnlyTheIdentifyingColumnsLeavesEveryOtherFieldAsItIs() {
		OrgFixture org = anOrg();
		String sales = org.aTeam("Sales", Map.of("code", "SALES"));
		String alice = email("alice");
		org.anAgent("Alice Chen", Map.of("email", alice, "role", "MANAGER", "externalCode", "EMP-1",
				"maxOpenContacts", 5));
		agentsOf(org).applied(HEADER + alice + ",Alice Chen,MANAGER,EMP-1,SALES,5\n");
		String bob = email("bob");

		JsonNode report = agentsOf(org).applied("email,name\n" + alice + ",Alice Chen-Ito\n" + bob + ",Bob Sato\n");

		assertThat(results(report)).containsExactly("UPDATED", "CREATED");
		assertThat(strings(report.path("unchangedColumns")))
			.containsExactly("externalCode", "maxOpenContacts", "role", "scheduleOverrides", "scheduleTimezone",
					"scheduleWeekly", "teamCodes");
		JsonNode updated = agents(org).get(alice);
		assertThat(updated.path("name").asString()).isEqualTo("Alice Chen-Ito");
		assertThat(updated.path("role").asString()).isEqualTo("MANAGER");
		assertThat(updated.path("externalCode").asString()).isEqualTo("EMP-1");
		assertThat(updated.path("maxOpenContacts").asInt()).isEqualTo(5);
		assertThat(membersOf(org, sales)).containsExactly(updated.path("id").asString());
		JsonNode created = agents(org).get(bob);
		assertThat(created.path("role").asString()).isEqualTo("AGENT");
		assertThat(created.path("maxOpenContacts").isNull()).isTrue();
	}

	@Test
	void aColumnThatIsThereButEmptyClearsTheFieldAndTheReportSaysWhich() {
		OrgFixture org = anOrg();
		String alice = email("alice");
		org.anAgent("Alice Chen", Map.of("email", alice, "externalCode", "EMP-1", "maxOpenContacts", 5));

		JsonNode report = agentsOf(org).applied("email,name,externalCode\n" + alice + ",Alice Chen,\n");

		assertThat(strings(report.path("rows").path(0).path("cleared"))).containsExactly("externalCode");
		JsonNode agent = agents(org).get(alice);
		assertThat(agent.path("externalCode").isNull()).isTrue();
		assertThat(agent.path("maxOpenContacts").asInt()).isEqualTo(5);
	}

	@Test
	void aCellHoldingANulIsInvalidAndNothingChanges() {
		OrgFixture org = anOrg();
		String alice = email("alice");

		JsonNode report = agentsOf(org).rejected("email,name\n" + alice + ",Alice\u0000Chen\n");

		assertThat(strings(report.path("rows").path(0).path("errors")))
			.containsExactly("name: must not contain the NUL character (U+0000)");
		assertThat(agents(org)).doesNotContainKey(alice);
	}

	@Test
	void aDeactivatedAgentIsLeftOutOfTheExportAndItsRowIsRejected() {
		OrgFixture org = anOrg();
		String alice = email("alice");
		String bob = email("bob");
		api.delete("/api/v1/agents/" + org.anAgent("Alice Chen", Map.of("email", alice)), org.ownerToken());
		org.anAgent("Bob Sato", Map.of("email", bob));
		SyncClient sync = agentsOf(org);

		List<Map<String, String>> exported = rows(sync.export());
		JsonNode report = sync.rejected(HEADER + alice + ",Alice Chen,,,,\n");

		assertThat(exported).extracting(row -> row.get("email")).containsExactly(bob);
		assertThat(strings(report.path("rows").path(0).path("errors")))
			.containsExactly("email: " + alice + " belongs to a deactivated agent");
		assertThat(agents(org).get(alice).path("active").asBoolean()).isFalse();
	}

	@Test
	void anEmailKnownInAnotherOrgMakesANewAgentHere() {
		OrgFixture org = anOrg();
		OrgFixture other = anOrg();
		String alice = email("alice");
		other.anAgent("Alice Elsewhere", Map.of("email", alice));

		JsonNode report = agentsOf(org).applied(HEADER + alice + ",Alice Chen,,,,\n");

		assertThat(results(report)).containsExactly("CREATED");
		assertThat(agents(other).get(alice).path("name").asString()).isEqualTo("Alice Elsewhere");
	}

	@Test
	void aFileWithOnlyAHeaderChangesNothing() {
		OrgFixture org = anOrg();

		JsonNode report = agentsOf(org).applied(HEADER);

		assertThat(report.path("rows")).isEmpty();
		assertThat(report.path("created").asInt()).isZero();
	}

	private SyncClient agentsOf(OrgFixture org) {
		return new SyncClient(api, org.ownerToken(), "agents");
	}

	/** The org's agents by email, as the API shows them. */
	private Map<String, JsonNode> agents(OrgFixture org) {
		return api.get("/api/v1/agents?size=500", org.ownerToken())
			.json()
			.path("items")
			.valueStream()
			.collect(Collectors.toMap(agent -> agent.path("email").asString(), Function.identity()));
	}

	private Map<String, JsonNode> teamsByCode(OrgFixture org) {
		return api.get("/api/v1/teams", org.ownerToken())
			.json()
			.valueStream()
			.collect(Collectors.toMap(team -> team.path("code").asString(), Function.identity()));
	}

	private List<String> membersOf(OrgFixture org, String team) {
		return strings(api.get("/api/v1/teams/" + team, org.ownerToken()).json().path("memberIds"));
	}

	private static List<String> strings(JsonNode array) {
		return array.valueStream().map(JsonNode::asString).toList();
	}

	private static String email(String name) {
		return name + "-" + UUID.randomUUID().toString().substring(0, 8) + "@brand.test";
	}
}
