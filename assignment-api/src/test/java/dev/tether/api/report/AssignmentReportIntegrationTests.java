package dev.tether.api.report;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.tether.api.support.IntegrationTest;
import dev.tether.api.support.MovableClock;
import dev.tether.api.support.OrgFixture;
import dev.tether.api.support.OrgFixture.ChannelRef;
import dev.tether.api.support.TetherClient;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.JsonNode;

import static dev.tether.api.support.LineWebhook.aLineUserId;
import static dev.tether.api.support.LineWebhook.text;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Data Insights over a known stretch of work, built once through the API and LINE webhooks and
 * only read by the tests:
 * <ul>
 * <li>Support (the default team, ROUND_ROBIN): Alice and Bob. Two new chats go to Alice, then
 * Bob; Bob's is closed.
 * <li>Alice's own QR code binds a contact to her; her code within Support binds another to both;
 * then the first of those conversations moves into Support, still Alice's.
 * <li>Night (online only): Cody, a manager, and Dana. Three contacts bound by its code wait in
 * its queue until Cody comes online and takes all three.
 * <li>Weekend (online only): Dana, offline, so a contact bound by its code stays queued.
 * <li>In GENERAL mode, a contact binds to Bob: a binding, but not a permanent one.
 * <li>Vacant has no members; Ezra and the Retired team are deactivated.
 * </ul>
 * The application's clock is moved between the Night contacts' messages, so their waits differ
 * without the test sleeping.
 */
@Import(MovableClock.Setup.class)
class AssignmentReportIntegrationTests extends IntegrationTest {

	private static final String ASSIGNMENTS = "/api/v1/reports/assignments";

	private static final String PERMANENT_BINDINGS = "/api/v1/reports/permanent-bindings";

	private static Scenario work;

	@Autowired
	private MovableClock clock;

	@BeforeEach
	void aStretchOfWork() {
		if (work == null) {
			work = buildScenario();
		}
	}

	@Test
	void eachActiveAgentHasARowOfWhatTheyWereGivenHoldClosedAndAreBoundToByName() {
		JsonNode rows = report(ASSIGNMENTS, work.org.ownerToken());

		assertThat(lines(rows)).containsExactly(line("Alice Abe", 3, 3, 0, 2, null),
				line("Bob Brown", 2, 1, 1, 0, null), line("Cody Cole", 3, 3, 0, 0, work.medianWaitSeconds()),
				line("Dana Diaz", 0, 0, 0, 0, null));
		assertThat(ids(rows, "agentId")).containsExactly(work.alice, work.bob, work.cody, work.dana);
		assertThat(rows.findValues("teamId")).isEmpty();
	}

	@Test
	void eachActiveTeamHasARowWhereQueuedWorkCountsAsOpenButNotAsAssigned() {
		JsonNode rows = report(ASSIGNMENTS + "?groupBy=TEAM", work.org.ownerToken());

		assertThat(lines(rows)).containsExactly(line("Night", 3, 3, 0, 3, work.medianWaitSeconds()),
				line("Support", 4, 3, 1, 1, null), line("Vacant", 0, 0, 0, 0, null), line("Weekend", 0, 1, 0, 1, null));
		assertThat(ids(rows, "teamId")).containsExactly(work.night, work.support, work.vacant, work.weekend);
		assertThat(rows.findValues("agentId")).isEmpty();
	}

	@Test
	void aPeriodBeforeTheWorkCountsNothingYetShowsWhatIsOpenAndBoundNow() {
		String before = "?from=" + work.start.minus(Duration.ofHours(2)) + "&to=" + work.start.minusSeconds(1);

		JsonNode agents = report(ASSIGNMENTS + before, work.org.ownerToken());
		JsonNode teams = report(ASSIGNMENTS + before + "&groupBy=TEAM", work.org.ownerToken());

		assertThat(lines(agents)).containsExactly(line("Alice Abe", 0, 3, 0, 2, null),
				line("Bob Brown", 0, 1, 0, 0, null), line("Cody Cole", 0, 3, 0, 0, null),
				line("Dana Diaz", 0, 0, 0, 0, null));
		assertThat(lines(teams)).containsExactly(line("Night", 0, 3, 0, 3, null), line("Support", 0, 3, 0, 1, null),
				line("Vacant", 0, 0, 0, 0, null), line("Weekend", 0, 1, 0, 1, null));
	}

	@Test
	void aPeriodIncludesItsStartAndExcludesItsEnd() {
		Instant closedAt = db.sql("select closed_at from conversation where id = ?")
			.param(Long.parseLong(work.closedConversation))
			.query(OffsetDateTime.class)
			.single()
			.toInstant();

		JsonNode from = report(ASSIGNMENTS + "?groupBy=TEAM&from=" + closedAt + "&to=" + closedAt.plusSeconds(1),
				work.org.ownerToken());
		JsonNode until = report(ASSIGNMENTS + "?groupBy=TEAM&from=" + closedAt.minusSeconds(1) + "&to=" + closedAt,
				work.org.ownerToken());

		assertThat(rowNamed(from, "Support").path("closed").asLong()).isEqualTo(1);
		assertThat(rowNamed(until, "Support").path("closed").asLong()).isZero();
	}

	@Test
	void aPeriodEndsNowAndStartsThirtyDaysBeforeItsEndUnlessTold() {
		Instant now = Instant.now();

		JsonNode endingInTwentyDays = report(ASSIGNMENTS + "?to=" + now.plus(Duration.ofDays(20)),
				work.org.ownerToken());
		JsonNode endingInFortyDays = report(ASSIGNMENTS + "?to=" + now.plus(Duration.ofDays(40)),
				work.org.ownerToken());
		TetherClient.Response startingTomorrow = api.get(ASSIGNMENTS + "?from=" + now.plus(Duration.ofDays(1)),
				work.org.ownerToken());

		assertThat(rowNamed(endingInTwentyDays, "Alice Abe").path("assigned").asLong()).isEqualTo(3);
		assertThat(rowNamed(endingInFortyDays, "Alice Abe").path("assigned").asLong()).isZero();
		assertThat(startingTomorrow.status()).as(startingTomorrow.toString()).isEqualTo(400);
	}

	@Test
	void badParametersAreValidationFailures() {
		Instant now = Instant.now();
		List<String> bad = List.of("?groupBy=DEPARTMENT", "?from=yesterday", "?to=2026-13-01T00:00:00Z",
				"?from=" + now + "&to=" + now, "?from=" + now + "&to=" + now.minusSeconds(60));

		for (String query : bad) {
			TetherClient.Response answer = api.get(ASSIGNMENTS + query, work.org.ownerToken());

			assertThat(answer.status()).as(query + " " + answer).isEqualTo(400);
			assertThat(answer.problemCode()).as(query).isEqualTo("VALIDATION_FAILED");
		}
	}

	@Test
	void aConversationSentOnToAnotherTeamsQueueTakesItsOldWaitToNeitherTeam() {
		OrgFixture org = anOrg();
		ChannelRef channel = org.aChannel();
		String xena = org.anAgent("Xena Xu");
		String day = org.aTeam("Day", Map.of("onlineOnly", true), xena);
		String late = org.aTeam("Late", Map.of("onlineOnly", true), org.anAgent("Yuri Yano"));
		org.settings("PERMANENT", List.of(), day);
		String conversation = customerSays(org, channel, "Hello, I need help");
		expect(200, api.put("/api/v1/agents/" + xena + "/presence", org.ownerToken(), Map.of("status", "ONLINE")));
		assertThat(holder(org, conversation)).isEqualTo(xena);

		expect(202, api.post("/api/v1/conversations/" + conversation + "/assign", org.ownerToken(),
				Map.of("teamId", late)));

		assertThat(lines(report(ASSIGNMENTS + "?groupBy=TEAM", org.ownerToken()))).containsExactly(
				line("Day", 1, 0, 0, 0, null), line("Late", 0, 1, 0, 0, null));
		assertThat(rowNamed(report(ASSIGNMENTS, org.ownerToken()), "Xena Xu").path("medianWaitSeconds").isNull())
			.isTrue();
	}

	@Test
	void anAdminSeesTheWholeOrg() {
		String admin = work.org.aToken("ADMIN", null);

		assertThat(names(report(ASSIGNMENTS, admin))).containsExactly("Alice Abe", "Bob Brown", "Cody Cole",
				"Dana Diaz");
		assertThat(names(report(ASSIGNMENTS + "?groupBy=TEAM", admin))).containsExactly("Night", "Support", "Vacant",
				"Weekend");
	}

	@Test
	void aManagerSeesTheTeamsTheyBelongToAndTheAgentsWhoShareOne() {
		String manager = work.org.aToken("MANAGER", work.cody);

		JsonNode agents = report(ASSIGNMENTS, manager);
		JsonNode teams = report(ASSIGNMENTS + "?groupBy=TEAM", manager);

		assertThat(lines(agents)).containsExactly(line("Cody Cole", 3, 3, 0, 0, work.medianWaitSeconds()),
				line("Dana Diaz", 0, 0, 0, 0, null));
		assertThat(lines(teams)).containsExactly(line("Night", 3, 3, 0, 3, work.medianWaitSeconds()));
	}

	@Test
	void anAgentSeesOnlyTheirOwnRowAndNoTeams() {
		String agent = work.org.aToken("AGENT", work.alice);

		JsonNode own = report(ASSIGNMENTS, agent);
		TetherClient.Response teams = api.get(ASSIGNMENTS + "?groupBy=TEAM", agent);

		assertThat(lines(own)).containsExactly(line("Alice Abe", 3, 3, 0, 2, null));
		assertThat(teams.status()).as(teams.toString()).isEqualTo(403);
		assertThat(teams.problemCode()).isEqualTo("FORBIDDEN");
	}

	@Test
	void anIntegrationReadsNoReports() {
		String integration = work.org.aToken("INTEGRATION", null);

		for (String report : List.of(ASSIGNMENTS, ASSIGNMENTS + "?groupBy=TEAM", PERMANENT_BINDINGS)) {
			TetherClient.Response answer = api.get(report, integration);

			assertThat(answer.status()).as(report + " " + answer).isEqualTo(403);
			assertThat(answer.problemCode()).isEqualTo("FORBIDDEN");
		}
	}

	@Test
	void thePermanentBindingsReportCountsTheContactsEachAgentHoldsForGood() {
		JsonNode rows = report(PERMANENT_BINDINGS, work.org.ownerToken());

		assertThat(holdings(rows)).containsExactly("Alice Abe 2", "Bob Brown 0", "Cody Cole 0", "Dana Diaz 0");
		assertThat(ids(rows, "agentId")).containsExactly(work.alice, work.bob, work.cody, work.dana);
	}

	@Test
	void thePermanentBindingsReportShowsAManagerTheirTeammatesAndAnAgentThemselves() {
		String manager = work.org.aToken("MANAGER", work.cody);
		String agent = work.org.aToken("AGENT", work.alice);

		assertThat(holdings(report(PERMANENT_BINDINGS, manager))).containsExactly("Cody Cole 0", "Dana Diaz 0");
		assertThat(holdings(report(PERMANENT_BINDINGS, agent))).containsExactly("Alice Abe 2");
	}

	@Test
	void aReportTakesAsManyQueriesForManyRowsAsForNone() {
		OrgFixture empty = anOrg();

		for (String report : List.of(ASSIGNMENTS, ASSIGNMENTS + "?groupBy=TEAM", PERMANENT_BINDINGS)) {
			long full = sqlStatements.countDuring(() -> report(report, work.org.ownerToken()));
			long none = sqlStatements.countDuring(() -> report(report, empty.ownerToken()));

			assertThat(full).as(report).isEqualTo(none);
		}
	}

	private Scenario buildScenario() {
		Instant start = clock.instant();
		OrgFixture org = anOrg();
		ChannelRef channel = org.aChannel();
		String alice = org.anAgent("Alice Abe");
		String bob = org.anAgent("Bob Brown");
		String cody = org.anAgent("Cody Cole", Map.of("role", "MANAGER"));
		String dana = org.anAgent("Dana Diaz");
		String ezra = org.anAgent("Ezra Eto");
		String support = org.aTeam("Support", alice, bob);
		String night = org.aTeam("Night", Map.of("onlineOnly", true), cody, dana);
		String weekend = org.aTeam("Weekend", Map.of("onlineOnly", true), dana);
		String vacant = org.aTeam("Vacant");
		String retired = org.aTeam("Retired", ezra);
		org.settings("PERMANENT", List.of(), support);

		String toAlice = customerSays(org, channel, "Hello, I need help");
		String closed = customerSays(org, channel, "Hello, I need help");
		String boundToAlice = customerSays(org, channel, org.bindingMessageFor(channel, alice));
		customerSays(org, channel, org.aBindingCode(channel, alice, support).field("message"));
		String nightCode = org.aBindingCode(channel, null, night).field("message");
		List<String> queued = new ArrayList<>();
		queued.add(customerSays(org, channel, nightCode));
		clock.advance(Duration.ofMillis(500));
		queued.add(customerSays(org, channel, nightCode));
		clock.advance(Duration.ofMillis(100));
		queued.add(customerSays(org, channel, nightCode));
		customerSays(org, channel, org.aBindingCode(channel, null, weekend).field("message"));
		expect(200, api.put("/api/v1/agents/" + cody + "/presence", org.ownerToken(), Map.of("status", "ONLINE")));
		expect(200, api.post("/api/v1/conversations/" + closed + "/close", org.ownerToken(), null));
		expect(200, api.post("/api/v1/conversations/" + boundToAlice + "/assign", org.ownerToken(),
				Map.of("agentId", alice, "teamId", support)));
		org.settings("GENERAL", List.of(), support);
		customerSays(org, channel, org.bindingMessageFor(channel, bob));
		expect(204, api.delete("/api/v1/agents/" + ezra, org.ownerToken()));
		expect(204, api.delete("/api/v1/teams/" + retired, org.ownerToken()));

		assertThat(holder(org, toAlice)).isEqualTo(alice);
		assertThat(holder(org, closed)).isEqualTo(bob);
		for (String conversation : queued) {
			assertThat(holder(org, conversation)).isEqualTo(cody);
		}
		return new Scenario(org, start, alice, bob, cody, dana, support, night, weekend, vacant, closed,
				queueWaitsMs(queued));
	}

	/** The customer's conversation, after their message. */
	private String customerSays(OrgFixture org, ChannelRef channel, String message) {
		String customer = aLineUserId();
		expect(200, webhookOf(channel).deliver(text(customer, message)));
		return org.contact(channel, customer).json().path("conversation").path("id").asString();
	}

	private String holder(OrgFixture org, String conversation) {
		return api.get("/api/v1/conversations/" + conversation, org.ownerToken()).json().path("agentId").asString();
	}

	/** How long each conversation waited in its queue, as routing recorded it. */
	private List<Long> queueWaitsMs(List<String> conversations) {
		return conversations.stream()
			.map(id -> db.sql("select queue_wait_ms from conversation where id = ?")
				.param(Long.parseLong(id))
				.query(Long.class)
				.single())
			.sorted()
			.toList();
	}

	private JsonNode report(String path, String token) {
		return expect(200, api.get(path, token)).json().path("rows");
	}

	private static List<String> lines(JsonNode rows) {
		return rows.valueStream()
			.map(row -> line(row.path("name").asString(), row.path("assigned").asLong(), row.path("open").asLong(),
					row.path("closed").asLong(), row.path("permanentBindings").asLong(),
					row.path("medianWaitSeconds").isNull() ? null : row.path("medianWaitSeconds").asDouble()))
			.toList();
	}

	private static String line(String name, long assigned, long open, long closed, long permanentBindings,
			@Nullable Double medianWaitSeconds) {
		return name + ": assigned " + assigned + ", open " + open + ", closed " + closed + ", permanent "
				+ permanentBindings + ", median wait " + medianWaitSeconds;
	}

	private static List<String> holdings(JsonNode rows) {
		return rows.valueStream()
			.map(row -> row.path("name").asString() + " " + row.path("contacts").asLong())
			.toList();
	}

	private static List<String> names(JsonNode rows) {
		return rows.valueStream().map(row -> row.path("name").asString()).toList();
	}

	private static List<String> ids(JsonNode rows, String field) {
		return rows.valueStream().map(row -> row.path(field).asString()).toList();
	}

	private static JsonNode rowNamed(JsonNode rows, String name) {
		return rows.valueStream().filter(row -> row.path("name").asString().equals(name)).findFirst().orElseThrow();
	}

	/** The ids a stretch of work made, and the queue waits of the three conversations Cody took. */
	private record Scenario(OrgFixture org, Instant start, String alice, String bob, String cody, String dana,
			String support, String night, String weekend, String vacant, String closedConversation,
			List<Long> queueWaitsMs) {

		/** The middle of three waits, which differ: neither their mean, nor the shortest or longest. */
		double medianWaitSeconds() {
			return queueWaitsMs.get(1) / 1000.0;
		}
	}
}
