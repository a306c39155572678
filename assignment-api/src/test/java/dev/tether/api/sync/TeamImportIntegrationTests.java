package dev.tether.api.sync;

import java.util.LinkedHashMap;
import java.util.Map;
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

/** Teams synced by CSV: upsert by code, all or nothing, exports that re-import. */
class TeamImportIntegrationTests extends IntegrationTest {

	/** A file of the first columns alone: every other column of the team is left as it is. */
	private static final String HEADER = "code,name,strategy,onlineOnly,maxOpenContacts,queueTimeoutSeconds\n";

	/** Every column, as exports and the template write them. */
	private static final String ALL_COLUMNS = "code,name,strategy,onlineOnly,maxOpenContacts,queueTimeoutSeconds,"
			+ "outOfHoursReply,onAgentLeave,leaveGraceSeconds,unansweredTransferSeconds,scheduleTimezone,scheduleWeekly,"
			+ "scheduleOverrides\n";

	@Test
	void rowsCreateTeamsAndALaterFileUpdatesThemByCode() {
		OrgFixture org = anOrg();
		SyncClient sync = teamsOf(org);

		JsonNode first = sync.applied(HEADER + "SALES,Sales,ROUND_ROBIN,true,5,3600\n" + "CS,Support,RANDOM,,,\n");
		JsonNode second = sync.applied(HEADER + "SALES,営業チーム,LEAST_OPEN,false,8,60\n" + "CS,Support,RANDOM,,,\n");

		assertThat(results(first)).containsExactly("CREATED", "CREATED");
		assertThat(results(second)).containsExactly("UPDATED", "UNCHANGED");
		Map<String, JsonNode> teams = teams(org);
		assertThat(teams).containsOnlyKeys("SALES", "CS");
		JsonNode sales = teams.get("SALES");
		assertThat(sales.path("name").asString()).isEqualTo("営業チーム");
		assertThat(sales.path("strategy").asString()).isEqualTo("LEAST_OPEN");
		assertThat(sales.path("onlineOnly").asBoolean()).isFalse();
		assertThat(sales.path("maxOpenContacts").asInt()).isEqualTo(8);
		assertThat(sales.path("queueTimeoutSeconds").asInt()).isEqualTo(60);
		assertThat(teams.get("CS").path("queueTimeoutSeconds").asInt()).isEqualTo(604_800);
	}

	@Test
	void anExportImportedBackChangesNothingAndKeepsJapaneseNames() {
		OrgFixture org = anOrg();
		String alice = org.anAgent("Alice Chen");
		String sales = org.aTeam("営業チーム", Map.of("code", "営業", "strategy", "LEAST_OPEN", "onlineOnly", true,
				"maxOpenContacts", 4, "queueTimeoutSeconds", 900), alice);
		org.aTeam("Support, nights", Map.of("code", "CS"));
		org.aTeam("Ad hoc");
		api.delete("/api/v1/teams/" + org.aTeam("Gone", Map.of("code", "OLD")), org.ownerToken());
		Map<String, JsonNode> before = teams(org);
		SyncClient sync = teamsOf(org);
		TetherClient.Response export = sync.export();

		JsonNode report = sync.applied(SyncClient.text(export));

		assertThat(ContentDisposition.parse(export.header("Content-Disposition")).getFilename()).isEqualTo("teams.csv");
		assertThat(rows(export)).containsExactly(
				withoutAvailability(Map.of("code", "営業", "name", "営業チーム", "strategy", "LEAST_OPEN", "onlineOnly",
						"true", "maxOpenContacts", "4", "queueTimeoutSeconds", "900")),
				withoutAvailability(Map.of("code", "CS", "name", "Support, nights", "strategy", "ROUND_ROBIN",
						"onlineOnly", "false", "maxOpenContacts", "", "queueTimeoutSeconds", "604800")));
		assertThat(results(report)).containsExactly("UNCHANGED", "UNCHANGED");
		assertThat(teams(org)).isEqualTo(before);
		assertThat(before.get("営業").path("memberIds").path(0).asString()).isEqualTo(alice);
		assertThat(before.get("営業").path("id").asString()).isEqualTo(sales);
	}

	@Test
	void oneInvalidRowRejectsTheWholeFileAndChangesNothing() {
		OrgFixture org = anOrg();
		org.aTeam("Sales", Map.of("code", "SALES"));

		JsonNode report = teamsOf(org).rejected(
				HEADER + "SALES,Sales renamed,RANDOM,,,\n" + "CS,Support,FASTEST,maybe,,0\n" + "VIP,VIP,MANUAL,,,\n");

		assertThat(results(report)).containsExactly("UPDATED", "INVALID", "CREATED");
		JsonNode bad = report.path("rows").path(1);
		assertThat(bad.path("line").asInt()).isEqualTo(3);
		assertThat(bad.path("key").asString()).isEqualTo("CS");
		assertThat(bad.path("errors").valueStream().map(JsonNode::asString).toList()).containsExactly(
				"strategy: must be one of MANUAL, ROUND_ROBIN, LEAST_OPEN, RANDOM, not FASTEST",
				"onlineOnly: must be true or false, not maybe",
				"queueTimeoutSeconds: must be a whole number from 1 to 604800, not 0");
		assertThat(teams(org)).containsOnlyKeys("SALES");
		assertThat(teams(org).get("SALES").path("name").asString()).isEqualTo("Sales");
	}

	@Test
	void aRepeatedCodeRejectsTheFile() {
		OrgFixture org = anOrg();

		JsonNode report = teamsOf(org).rejected(HEADER + "SALES,Sales,RANDOM,,,\n" + "SALES,Sales again,RANDOM,,,\n");

		assertThat(results(report)).containsExactly("INVALID", "INVALID");
		assertThat(teams(org)).isEmpty();
	}

	@Test
	void emptyCellsLiftTheCapAndRestoreTheLongestTimeout() {
		OrgFixture org = anOrg();
		org.aTeam("Sales", Map.of("code", "SALES", "maxOpenContacts", 5, "queueTimeoutSeconds", 60));

		JsonNode report = teamsOf(org).applied(HEADER + "SALES,Sales,ROUND_ROBIN,,,\n");

		assertThat(results(report)).containsExactly("UPDATED");
		JsonNode sales = teams(org).get("SALES");
		assertThat(sales.path("maxOpenContacts").isNull()).isTrue();
		assertThat(sales.path("queueTimeoutSeconds").asInt()).isEqualTo(604_800);
	}

	@Test
	void aFileWithOnlyCodeAndNameRenamesTeamsAndKeepsTheirRules() {
		OrgFixture org = anOrg();
		SyncClient sync = teamsOf(org);
		sync.applied(HEADER + "SALES,Sales,LEAST_OPEN,true,5,3600\n");

		JsonNode report = sync.applied("name,code\n営業チーム,SALES\nサポート,CS\n");

		assertThat(results(report)).containsExactly("UPDATED", "CREATED");
		JsonNode sales = teams(org).get("SALES");
		assertThat(sales.path("name").asString()).isEqualTo("営業チーム");
		assertThat(sales.path("strategy").asString()).isEqualTo("LEAST_OPEN");
		assertThat(sales.path("onlineOnly").asBoolean()).isTrue();
		assertThat(sales.path("maxOpenContacts").asInt()).isEqualTo(5);
		assertThat(sales.path("queueTimeoutSeconds").asInt()).isEqualTo(3600);
		assertThat(teams(org).get("CS").path("strategy").asString()).isEqualTo("ROUND_ROBIN");
	}

	@Test
	void theCodeOfADeletedTeamMakesANewTeam() {
		OrgFixture org = anOrg();
		String old = org.aTeam("Old sales", Map.of("code", "SALES"));
		api.delete("/api/v1/teams/" + old, org.ownerToken());

		JsonNode report = teamsOf(org).applied(HEADER + "SALES,Sales,RANDOM,,,\n");

		assertThat(results(report)).containsExactly("CREATED");
		assertThat(teams(org).get("SALES").path("id").asString()).isNotEqualTo(old);
	}

	@Test
	void aFileWithTheAgentsHeaderIsABadRequest() {
		OrgFixture org = anOrg();

		TetherClient.Response answer = teamsOf(org)
			.upload("email,name,role,externalCode,teamCodes,maxOpenContacts\nalice@brand.test,Alice,,,,\n");

		assertThat(answer.status()).as(answer.toString()).isEqualTo(400);
		assertThat(answer.problemCode()).isEqualTo("INVALID_CSV");
		assertThat(answer.field("detail")).startsWith("Line 1 ").contains("missing column \"code\"");
	}

	@Test
	void theTemplateShowsTheColumnsAndAnExample() {
		TetherClient.Response template = teamsOf(anOrg()).template();

		assertThat(ContentDisposition.parse(template.header("Content-Disposition")).getFilename())
			.isEqualTo("teams-import-template.csv");
		assertThat(SyncClient.text(template)).isEqualTo(ALL_COLUMNS.strip() + "\r\n"
				+ "SALES,営業チーム,ROUND_ROBIN,true,30,86400,営業時間外です。平日 9:00 から順にご案内します。,REQUEUE,120,600,"
				+ "Asia/Tokyo,MON 09:00-18:00; TUE 09:00-18:00; WED 09:00-18:00; THU 09:00-18:00; FRI 09:00-18:00,"
				+ "2026-12-31 closed\r\n");
	}

	@Test
	void aTeamsHoursAndAvailabilityRulesAreSyncedExportedAndClearedByAnEmptyCell() {
		OrgFixture org = anOrg();
		SyncClient sync = teamsOf(org);

		sync.applied(ALL_COLUMNS + "CS,Support,ROUND_ROBIN,true,,,We open at 9,REQUEUE,0,120,Asia/Tokyo,"
				+ "MON 09:00-18:00; FRI 22:00-06:00,2026-12-31 closed\n");

		JsonNode support = teams(org).get("CS");
		assertThat(support.path("outOfHoursReply").asString()).isEqualTo("We open at 9");
		assertThat(support.path("onAgentLeave").asString()).isEqualTo("REQUEUE");
		assertThat(support.path("leaveGraceSeconds").asInt()).isZero();
		assertThat(support.path("unansweredTransferSeconds").asInt()).isEqualTo(120);
		String id = support.path("id").asString();
		JsonNode schedule = expect(200, api.get("/api/v1/teams/" + id + "/schedule", org.ownerToken())).json();
		assertThat(schedule.path("weekly").path(1).path("start").asString()).isEqualTo("22:00");
		Map<String, String> exported = rows(sync.export()).get(0);
		assertThat(exported).containsEntry("scheduleWeekly", "MON 09:00-18:00; FRI 22:00-06:00")
			.containsEntry("scheduleOverrides", "2026-12-31 closed");
		assertThat(results(sync.applied(SyncClient.text(sync.export())))).containsExactly("UNCHANGED");

		JsonNode cleared = sync.applied(ALL_COLUMNS + "CS,Support,ROUND_ROBIN,true,,,,KEEP,60,,,,\n");

		assertThat(cleared.path("rows").path(0).path("cleared").valueStream().map(JsonNode::asString).toList())
			.contains("outOfHoursReply", "unansweredTransferSeconds", "scheduleTimezone");
		assertThat(api.get("/api/v1/teams/" + id + "/schedule", org.ownerToken()).problemCode())
			.isEqualTo("SCHEDULE_NOT_FOUND");
		assertThat(teams(org).get("CS").path("unansweredTransferSeconds").isNull()).isTrue();
	}

	@Test
	void aBadScheduleCellRejectsTheFileAndChangesNothing() {
		OrgFixture org = anOrg();
		SyncClient sync = teamsOf(org);

		JsonNode report = sync.rejected(ALL_COLUMNS + "CS,Support,ROUND_ROBIN,,,,,,,,Asia/Tokyo,MON 9-18,\n");

		assertThat(report.path("rows").path(0).path("errors").path(0).asString()).startsWith("scheduleWeekly: ");
		assertThat(teams(org)).doesNotContainKey("CS");
	}

	/** An exported row of a team without a schedule or availability rules: those cells are their defaults. */
	private static Map<String, String> withoutAvailability(Map<String, String> firstColumns) {
		Map<String, String> row = new LinkedHashMap<>(firstColumns);
		row.putAll(Map.of("outOfHoursReply", "", "onAgentLeave", "KEEP", "leaveGraceSeconds", "60",
				"unansweredTransferSeconds", "", "scheduleTimezone", "", "scheduleWeekly", "", "scheduleOverrides", ""));
		return row;
	}

	private SyncClient teamsOf(OrgFixture org) {
		return new SyncClient(api, org.ownerToken(), "teams");
	}

	/** The org's active teams by code, as the API shows them. */
	private Map<String, JsonNode> teams(OrgFixture org) {
		return api.get("/api/v1/teams", org.ownerToken())
			.json()
			.valueStream()
			.collect(Collectors.toMap(team -> team.path("code").asString(), Function.identity()));
	}
}
