package dev.tether.api.sync;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

import dev.tether.core.Refusal;
import dev.tether.core.access.Role;
import dev.tether.core.routing.OnAgentLeave;
import dev.tether.core.routing.Strategy;
import dev.tether.core.schedule.ScheduleText;
import dev.tether.persistence.sync.AgentEntry;
import dev.tether.persistence.sync.ImportRow;
import dev.tether.persistence.sync.TeamEntry;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Reading and writing sync files: encoding, quoting, headers, line numbers and every cell rule. */
class SyncFilesTests {

	private static final String AGENTS_HEADER = "email,name,role,externalCode,teamCodes,maxOpenContacts\n";

	private static final String TEAMS_HEADER = "code,name,strategy,onlineOnly,maxOpenContacts,queueTimeoutSeconds\n";

	private static final AgentsSheet AGENTS = new AgentsSheet();

	private static final TeamsSheet TEAMS = new TeamsSheet();

	@Test
	void aByteOrderMarkBeforeTheHeaderIsIgnored() {
		List<ImportRow<AgentEntry>> rows = agents("\uFEFF" + AGENTS_HEADER + "alice@brand.test,Alice Chen,,,,\n");

		assertThat(rows).singleElement().satisfies(row -> {
			assertThat(row.errors()).isEmpty();
			assertThat(row.entry().email()).isEqualTo("alice@brand.test");
		});
	}

	@Test
	void quotedValuesKeepTheirCommasAndLineBreaksAndStayOnOneLine() {
		List<ImportRow<AgentEntry>> rows = agents(AGENTS_HEADER
				+ "alice@brand.test,\"Chen, Alice\nnight shift\",,,,\r\n"
				+ "bob@brand.test,\"Bob \"\"the builder\"\" Sato\",,,,\r\n");

		assertThat(rows).extracting(row -> row.entry().name())
			.containsExactly("Chen, Alice\nnight shift", "Bob \"the builder\" Sato");
		assertThat(rows).extracting(ImportRow::line).containsExactly(2L, 3L);
	}

	@Test
	void blankLinesAreSkippedButStillCounted() {
		List<ImportRow<AgentEntry>> rows = agents(
				"\n" + AGENTS_HEADER + "\n  \nalice@brand.test,Alice Chen,,,,\n,,,,,\nbob@brand.test,Bob Sato,,,,\n\n");

		assertThat(rows).extracting(ImportRow::line).containsExactly(5L, 7L);
		assertThat(rows).allSatisfy(row -> assertThat(row.errors()).isEmpty());
	}

	@Test
	void japaneseTextIsReadAsUtf8() {
		List<ImportRow<AgentEntry>> rows = agents(AGENTS_HEADER + "hanako@brand.test,山田 花子,,,,\n");

		assertThat(rows.get(0).entry().name()).isEqualTo("山田 花子");
	}

	@Test
	void columnsMayComeInAnyOrder() {
		List<ImportRow<AgentEntry>> rows = agents(
				"name, maxOpenContacts ,email,teamCodes,role,externalCode\n"
						+ "Alice Chen,5,alice@brand.test,SALES,MANAGER,E1\n");

		assertThat(rows.get(0).errors()).isEmpty();
		assertThat(rows.get(0).entry()).isEqualTo(
				new AgentEntry("alice@brand.test", "Alice Chen", Role.MANAGER, "E1", Set.of("SALES"), 5, null));
	}

	@Test
	void aHeaderWithAnUnknownOrMissingColumnIsRefused() {
		assertInvalidCsv(() -> agents("email,name,role,externalCode,teamCodes,maxOpenContacts,nickname\n"), "Line 1 ",
				"unknown column \"nickname\"");
		assertInvalidCsv(() -> agents("email,role,externalCode,teamCodes,maxOpenContacts\n"), "Line 1 ",
				"missing column \"name\"");
		assertInvalidCsv(() -> agents("email,name,role,externalCode,teamCodes,maxOpenContacts,email\n"), "Line 1 ",
				"column \"email\" twice");
	}

	@Test
	void aFileWithoutAHeaderIsRefused() {
		assertInvalidCsv(() -> agents(""), "Line 1 ", "the file is empty");
		assertInvalidCsv(() -> agents("alice@brand.test,Alice Chen,,,,\n"), "Line 1 ", "missing column \"email\"");
	}

	@Test
	void anUnclosedQuoteIsRefusedNamingTheLineItOpensOn() {
		assertInvalidCsv(
				() -> agents(AGENTS_HEADER + "alice@brand.test,Alice,,,,\n"
						+ "bob@brand.test,\"Bob Sato,,,,\ncarol@x,C,,,,\n"),
				"Line 3 ", "quoted value is not closed");
	}

	@Test
	void textAfterAClosingQuoteIsRefusedNamingItsLine() {
		assertInvalidCsv(() -> agents(AGENTS_HEADER + "alice@brand.test,\"Alice\" Chen,,,,\n"), "Line 2 ",
				"not valid CSV");
	}

	@Test
	void aFileInAnotherEncodingIsRefusedNamingItsLine() {
		byte[] shiftJis = (AGENTS_HEADER + "alice@brand.test,Alice,,,,\nhanako@brand.test,山田 花子,,,,\n")
			.getBytes(Charset.forName("Shift_JIS"));

		assertThatThrownBy(() -> SyncFiles.read(shiftJis, AGENTS)).isInstanceOfSatisfying(Refusal.class, refusal -> {
			assertThat(refusal.code()).isEqualTo("INVALID_CSV");
			assertThat(refusal.getMessage()).startsWith("Line 3 ").contains("not UTF-8");
		});
	}

	@Test
	void aRowWithTheWrongNumberOfValuesIsInvalid() {
		List<ImportRow<AgentEntry>> rows = agents(AGENTS_HEADER + "alice@brand.test,Alice Chen,AGENT\n");

		assertThat(rows.get(0).errors()).contains("has 3 values where the header has 6");
	}

	@Test
	void agentCellsAreCheckedOneByOne() {
		List<ImportRow<AgentEntry>> rows = agents(AGENTS_HEADER + "not-an-email,,BOSS,,,-1\n"
				+ "alice@brand.test,Alice,INTEGRATION,,,many\n" + "bob@brand.test,Bob,manager,,,0\n");

		assertThat(rows.get(0).errors()).containsExactly("email: is not an email address: not-an-email",
				"name: is required", "role: must be one of AGENT, MANAGER, ADMIN, OWNER, not BOSS",
				"maxOpenContacts: must be a whole number from 0 to 2147483647, not -1");
		assertThat(rows.get(1).errors()).containsExactly(
				"role: must be one of AGENT, MANAGER, ADMIN, OWNER, not INTEGRATION",
				"maxOpenContacts: must be a whole number from 0 to 2147483647, not many");
		assertThat(rows.get(2).errors()).isEmpty();
		assertThat(rows.get(2).entry().role()).isEqualTo(Role.MANAGER);
		assertThat(rows.get(2).entry().maxOpenContacts()).isZero();
	}

	@Test
	void emptyAgentCellsMeanTheDefaults() {
		AgentEntry entry = agents(AGENTS_HEADER + "alice@brand.test,Alice Chen,,,,\n").get(0).entry();

		assertThat(entry).isEqualTo(new AgentEntry("alice@brand.test", "Alice Chen", Role.AGENT, null, Set.of(), null, null));
	}

	@Test
	void overlongValuesAreInvalid() {
		String name = "n".repeat(201);

		assertThat(agents(AGENTS_HEADER + "alice@brand.test," + name + ",,,,\n").get(0).errors())
			.containsExactly("name: must be at most 200 characters");
	}

	@Test
	void teamCodesAreSeparatedBySemicolonsWithBlanksTrimmed() {
		AgentEntry entry = agents(AGENTS_HEADER + "alice@brand.test,Alice,,, SALES ;CS;;SUPPORT; ,\n").get(0).entry();

		assertThat(entry.teamCodes()).containsExactly("CS", "SALES", "SUPPORT");
	}

	@Test
	void rowsRepeatingAnEmailInAnyCaseOrAnExternalCodeNameEachOther() {
		List<ImportRow<AgentEntry>> rows = agents(AGENTS_HEADER + "alice@brand.test,Alice,,E1,,\n"
				+ "bob@brand.test,Bob,,E1,,\n" + "ALICE@Brand.test,Alice Again,,,,\n" + "carol@brand.test,Carol,,,,\n");

		assertThat(rows.get(0).errors()).containsExactly("email: also on line 4", "externalCode: also on line 3");
		assertThat(rows.get(1).errors()).containsExactly("externalCode: also on line 2");
		assertThat(rows.get(2).errors()).containsExactly("email: also on line 2");
		assertThat(rows.get(3).errors()).isEmpty();
	}

	@Test
	void teamCellsAreCheckedOneByOne() {
		List<ImportRow<TeamEntry>> rows = teams(TEAMS_HEADER + "A;B,,FASTEST,yes,-2,0\n" + "CS,Support,,,,604801\n"
				+ "SALES,Sales,least_open,TRUE,3,1\n");

		assertThat(rows.get(0).errors()).containsExactly(
				"code: must not contain ;, which separates team codes in an agents file", "name: is required",
				"strategy: must be one of MANUAL, ROUND_ROBIN, LEAST_OPEN, RANDOM, not FASTEST",
				"onlineOnly: must be true or false, not yes",
				"maxOpenContacts: must be a whole number from 0 to 2147483647, not -2",
				"queueTimeoutSeconds: must be a whole number from 1 to 604800, not 0");
		assertThat(rows.get(1).errors()).containsExactly("strategy: is required",
				"queueTimeoutSeconds: must be a whole number from 1 to 604800, not 604801");
		assertThat(rows.get(2).errors()).isEmpty();
		assertThat(rows.get(2).entry()).isEqualTo(aTeam("SALES", "Sales", Strategy.LEAST_OPEN, true, 3, 1));
	}

	@Test
	void emptyTeamCellsMeanTheDefaults() {
		TeamEntry entry = teams(TEAMS_HEADER + "SALES,Sales,ROUND_ROBIN,,,\n").get(0).entry();

		assertThat(entry).isEqualTo(aTeam("SALES", "Sales", Strategy.ROUND_ROBIN, false, null, 604_800));
	}

	@Test
	void theAvailabilityColumnsReadTheirValuesAndTheScheduleIsJudgedByTheSameRulesAsTheApis() {
		String header = "code,name,outOfHoursReply,onAgentLeave,leaveGraceSeconds,unansweredTransferSeconds,"
				+ "scheduleTimezone,scheduleWeekly,scheduleOverrides\n";
		List<ImportRow<TeamEntry>> rows = teams(header
				+ "CS,Support,We open at 9,requeue,120,300,Asia/Tokyo,MON 09:00-18:00; FRI 22:00-06:00,2026-12-31 closed\n"
				+ "SALES,Sales,,LATER,3601,29,Mars/Base,MON 09:00-12:00; MON 11:00-13:00,2026-02-30 closed\n"
				+ "VIP,VIP,,,,,,MON 09:00-10:00,\n");

		TeamEntry support = rows.get(0).entry();
		assertThat(rows.get(0).errors()).isEmpty();
		assertThat(support.outOfHoursReply()).isEqualTo("We open at 9");
		assertThat(support.onAgentLeave()).isEqualTo(OnAgentLeave.REQUEUE);
		assertThat(support.leaveGraceSeconds()).isEqualTo(120);
		assertThat(support.unansweredTransferSeconds()).isEqualTo(300);
		assertThat(support.schedule()).isNotNull();
		assertThat(ScheduleText.weekly(support.schedule())).isEqualTo("MON 09:00-18:00; FRI 22:00-06:00");
		assertThat(rows.get(1).errors()).containsExactly("onAgentLeave: must be one of KEEP, REQUEUE, not LATER",
				"leaveGraceSeconds: must be a whole number from 0 to 3600, not 3601",
				"unansweredTransferSeconds: must be a whole number from 30 to 86400, not 29",
				"scheduleTimezone: timezone is not an IANA time zone: Mars/Base",
				"scheduleWeekly: weekly[1] overlaps weekly[0]",
				"scheduleOverrides: overrides[0].date must be a date written YYYY-MM-DD");
		assertThat(rows.get(2).errors()).containsExactly("scheduleTimezone: is required with a schedule");
	}

	@Test
	void rowsRepeatingATeamCodeNameEachOther() {
		List<ImportRow<TeamEntry>> rows = teams(
				TEAMS_HEADER + "SALES,Sales,RANDOM,,,\nCS,Support,RANDOM,,,\nSALES,Sales again,RANDOM,,,\n");

		assertThat(rows).extracting(ImportRow::errors)
			.containsExactly(List.of("code: also on line 4"), List.of(), List.of("code: also on line 2"));
	}

	@Test
	void aWrittenFileStartsWithAByteOrderMarkAndReadsBackToTheSameEntries() {
		List<AgentEntry> agents = List.of(
				new AgentEntry("hanako@brand.test", "山田 花子", Role.OWNER, "E,1", Set.of("SALES", "CS"), 4, null),
				new AgentEntry("alice@brand.test", "Chen, \"Alice\"\nnights", Role.AGENT, null, Set.of(), null,
						AGENTS.example().schedule()));
		List<TeamEntry> teams = List.of(aTeam("営業", "営業チーム", Strategy.MANUAL, true, null, 60), TEAMS.example());

		byte[] agentsFile = SyncFiles.write(AGENTS, agents);

		assertThat(new String(agentsFile, StandardCharsets.UTF_8))
			.startsWith("\uFEFF" + AGENTS_HEADER.strip() + ",scheduleTimezone,scheduleWeekly,scheduleOverrides\r\n")
			.contains("hanako@brand.test,山田 花子,OWNER,\"E,1\",CS;SALES,4,,,\r\n")
			.contains(",Asia/Tokyo,MON 09:00-18:00; TUE 09:00-18:00;");
		assertThat(SyncFiles.read(agentsFile, AGENTS).rows()).extracting(ImportRow::entry).isEqualTo(agents);
		assertThat(SyncFiles.read(SyncFiles.write(TEAMS, teams), TEAMS).rows()).extracting(ImportRow::entry)
			.isEqualTo(teams);
	}

	@Test
	void theTemplatesReadBackCleanly() {
		List<ImportRow<AgentEntry>> agents = SyncFiles.read(SyncFiles.write(AGENTS, List.of(AGENTS.example())),
				AGENTS).rows();
		List<ImportRow<TeamEntry>> teams = SyncFiles.read(SyncFiles.write(TEAMS, List.of(TEAMS.example())), TEAMS)
			.rows();

		assertThat(agents).singleElement().satisfies(row -> assertThat(row.errors()).isEmpty());
		assertThat(teams).singleElement().satisfies(row -> assertThat(row.errors()).isEmpty());
		assertThat(agents.get(0).entry().teamCodes()).containsExactly(teams.get(0).entry().code());
	}

	/** A team as a file without the availability columns reads: their defaults. */
	private static TeamEntry aTeam(String code, String name, Strategy strategy, boolean onlineOnly,
			@Nullable Integer maxOpenContacts, int queueTimeoutSeconds) {
		return new TeamEntry(code, name, strategy, onlineOnly, maxOpenContacts, queueTimeoutSeconds, null,
				OnAgentLeave.KEEP, 60, null, null);
	}

	private static List<ImportRow<AgentEntry>> agents(String csv) {
		return SyncFiles.read(csv.getBytes(StandardCharsets.UTF_8), AGENTS).rows();
	}

	private static List<ImportRow<TeamEntry>> teams(String csv) {
		return SyncFiles.read(csv.getBytes(StandardCharsets.UTF_8), TEAMS).rows();
	}

	private static void assertInvalidCsv(Runnable reading, String start, String reason) {
		assertThatThrownBy(reading::run).isInstanceOfSatisfying(Refusal.class, refusal -> {
			assertThat(refusal.code()).isEqualTo("INVALID_CSV");
			assertThat(refusal.kind()).isEqualTo(Refusal.Kind.INVALID_INPUT);
			assertThat(refusal.getMessage()).startsWith(start).contains(reason);
		});
	}
}
