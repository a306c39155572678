package dev.tether.api.schedule;

import java.util.List;
import java.util.Map;

import dev.tether.api.support.IntegrationTest;
import dev.tether.api.support.OrgFixture;
import dev.tether.api.support.TetherClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** Schedules over HTTP: kept as written, validated field by field, asked about an instant, guarded by role. */
class ScheduleApiIntegrationTests extends IntegrationTest {

	/** The walk-through's team: 09:00–18:00 Tokyo time on weekdays, Saturday closed, New Year's Eve off. */
	static final Map<String, Object> TOKYO_OFFICE = Map.of("timezone", "Asia/Tokyo",
			"weekly", List.of(day("MON"), day("TUE"), day("WED"), day("THU"), day("FRI")),
			"overrides", List.of(Map.of("date", "2026-12-31", "closed", true),
					Map.of("date", "2027-01-02", "intervals", List.of(Map.of("start", "10:00", "end", "15:00")))));

	private OrgFixture org;

	private String team;

	@BeforeEach
	void anOrgWithATeam() {
		org = anOrg();
		team = org.aTeam("Support");
	}

	@Test
	void aTeamsScheduleIsKeptAsWrittenAndAnswersWhetherItIsOpenAndWhenThatChanges() {
		JsonNode stored = expect(200, api.put(schedule(team), org.ownerToken(), TOKYO_OFFICE)).json();

		assertThat(stored.path("timezone").asString()).isEqualTo("Asia/Tokyo");
		assertThat(stored.path("weekly")).hasSize(5);
		assertThat(stored.path("weekly").path(0).path("day").asString()).isEqualTo("MON");
		assertThat(stored.path("overrides").path(0).path("closed").asBoolean()).isTrue();
		assertThat(expect(200, api.get(schedule(team), org.ownerToken())).json()).isEqualTo(stored);
		// Tuesday 2026-12-01 20:00 in Tokyo: closed until Wednesday 09:00.
		assertThat(availability(team, "2026-12-01T11:00:00Z"))
			.isEqualTo(Map.of("open", false, "nextChange", "2026-12-02T00:00:00Z"));
		assertThat(availability(team, "2026-12-02T00:00:00Z"))
			.isEqualTo(Map.of("open", true, "nextChange", "2026-12-02T09:00:00Z"));
		// Friday evening waits for Monday; the holiday waits for the next working day.
		assertThat(availability(team, "2026-12-04T11:00:00Z").get("nextChange")).isEqualTo("2026-12-07T00:00:00Z");
		assertThat(availability(team, "2026-12-30T09:00:00Z").get("nextChange")).isEqualTo("2027-01-01T00:00:00Z");
	}

	@Test
	void removingTheScheduleMakesTheTeamAlwaysAvailable() {
		expect(200, api.put(schedule(team), org.ownerToken(), TOKYO_OFFICE));

		expect(204, api.delete(schedule(team), org.ownerToken()));

		assertThat(api.get(schedule(team), org.ownerToken()).problemCode()).isEqualTo("SCHEDULE_NOT_FOUND");
		JsonNode always = expect(200, api.get("/api/v1/teams/" + team + "/availability", org.ownerToken())).json();
		assertThat(always.path("open").asBoolean()).isTrue();
		assertThat(always.path("nextChange").isNull()).isTrue();
		expect(204, api.delete(schedule(team), org.ownerToken()));
	}

	@Test
	void badZonesDaysTimesAndOverlapsAreRefusedFieldByFieldAndChangeNothing() {
		expect(200, api.put(schedule(team), org.ownerToken(), TOKYO_OFFICE));
		Map<String, Object> bad = Map.of("timezone", "Asia/Atlantis",
				"weekly", List.of(Map.of("day", "MONDAY", "start", "09:00", "end", "18:00"),
						Map.of("day", "TUE", "start", "9am", "end", "25:00"),
						Map.of("day", "FRI", "start", "22:00", "end", "06:00"),
						Map.of("day", "SAT", "start", "05:00", "end", "08:00")),
				"overrides", List.of(Map.of("date", "2026-13-01", "closed", true)));

		TetherClient.Response refused = api.put(schedule(team), org.ownerToken(), bad);

		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.problemCode()).isEqualTo("VALIDATION_FAILED");
		List<String> fields = refused.json().path("errors").valueStream().map(error -> error.path("field").asString()).toList();
		assertThat(fields).containsExactly("timezone", "weekly[0].day", "weekly[1].start", "weekly[1].end", "weekly[3]",
				"overrides[0].date");
		assertThat(expect(200, api.get(schedule(team), org.ownerToken())).json().path("timezone").asString())
			.isEqualTo("Asia/Tokyo");
	}

	@Test
	void aBodyOfTheWrongShapeOrABadInstantIsABadRequestNotAServerError() {
		assertThat(api.put(schedule(team), org.ownerToken(), Map.of("timezone", "Asia/Tokyo", "weekly", "MON"))
			.problemCode()).isEqualTo("VALIDATION_FAILED");
		assertThat(api.send("PUT", schedule(team), org.ownerToken(), "application/json",
				"{\"timezone\":".getBytes(java.nio.charset.StandardCharsets.UTF_8), Map.of()).status())
			.isEqualTo(400);
		assertThat(api.get("/api/v1/teams/" + team + "/availability?at=tomorrow", org.ownerToken()).status())
			.isEqualTo(400);
	}

	@Test
	void managersSetTheirTeamsHoursAndTheirMembersShiftsButNotOthersAndAgentsOnlyRead() {
		String alice = org.anAgent("Alice Chen");
		String bob = org.anAgent("Bob Sato");
		String mina = org.anAgent("Mina Ito");
		String managed = org.aTeam("Sales", mina, alice);
		String manager = org.aToken("MANAGER", mina);
		String agent = org.aToken("AGENT", alice);

		expect(200, api.put(schedule(managed), manager, TOKYO_OFFICE));
		expect(200, api.put("/api/v1/agents/" + alice + "/schedule", manager, TOKYO_OFFICE));
		assertThat(api.put(schedule(team), manager, TOKYO_OFFICE).status()).isEqualTo(403);
		assertThat(api.put("/api/v1/agents/" + bob + "/schedule", manager, TOKYO_OFFICE).status()).isEqualTo(403);
		assertThat(api.put("/api/v1/agents/" + alice + "/schedule", agent, TOKYO_OFFICE).status()).isEqualTo(403);
		assertThat(api.delete(schedule(managed), agent).status()).isEqualTo(403);
		expect(200, api.get("/api/v1/agents/" + alice + "/schedule", agent));
		expect(200, api.put(schedule(team), org.aToken("INTEGRATION", null), TOKYO_OFFICE));
	}

	@Test
	void anotherOrgsTeamOrAnUnknownOneIsNotFound() {
		OrgFixture other = anOrg();

		assertThat(api.put(schedule(team), other.ownerToken(), TOKYO_OFFICE).status()).isEqualTo(404);
		assertThat(api.get("/api/v1/agents/999999999/availability", org.ownerToken()).problemCode())
			.isEqualTo("AGENT_NOT_FOUND");
	}

	@Test
	void teamsAndAgentsSayWhetherTheyAreAvailable() {
		String alice = org.anAgent("Alice Chen");
		String bob = org.anAgent("Bob Sato");
		expect(200, api.put("/api/v1/agents/" + alice + "/presence", org.ownerToken(), Map.of("status", "ONLINE")));
		expect(200, api.put("/api/v1/agents/" + bob + "/presence", org.ownerToken(), Map.of("status", "ONLINE")));
		assertThat(agent(alice).path("available").asBoolean()).isTrue();
		assertThat(team(team).path("available").asBoolean()).isTrue();

		Map<String, Object> never = Map.of("timezone", "Asia/Tokyo", "weekly", List.of());
		expect(200, api.put("/api/v1/agents/" + alice + "/schedule", org.ownerToken(), never));
		expect(200, api.put(schedule(team), org.ownerToken(), never));

		assertThat(agent(alice).path("available").asBoolean()).isFalse();
		assertThat(agent(bob).path("available").asBoolean()).isTrue();
		assertThat(team(team).path("available").asBoolean()).isFalse();
		expect(200, api.put("/api/v1/agents/" + bob + "/presence", org.ownerToken(), Map.of("status", "AWAY")));
		assertThat(agent(bob).path("available").asBoolean()).isFalse();
	}

	@Test
	void aTeamsOutOfHoursReplyIsSetClearedAndBounded() {
		expect(200, api.patch("/api/v1/teams/" + team, org.ownerToken(), Map.of("outOfHoursReply", "We open at 9.")));
		assertThat(team(team).path("outOfHoursReply").asString()).isEqualTo("We open at 9.");

		assertThat(api.patch("/api/v1/teams/" + team, org.ownerToken(), Map.of("outOfHoursReply", "x".repeat(1_001)))
			.problemCode()).isEqualTo("VALIDATION_FAILED");
		expect(200, api.patch("/api/v1/teams/" + team, org.ownerToken(), Map.of("outOfHoursReply", " ")));
		assertThat(team(team).path("outOfHoursReply").isNull()).isTrue();
	}

	private Map<String, Object> availability(String teamId, String at) {
		JsonNode answer = expect(200, api.get("/api/v1/teams/" + teamId + "/availability?at=" + at, org.ownerToken()))
			.json();
		return Map.of("open", answer.path("open").asBoolean(), "nextChange", answer.path("nextChange").asString());
	}

	private JsonNode agent(String id) {
		return expect(200, api.get("/api/v1/agents/" + id, org.ownerToken())).json();
	}

	private JsonNode team(String id) {
		return expect(200, api.get("/api/v1/teams/" + id, org.ownerToken())).json();
	}

	private static String schedule(String teamId) {
		return "/api/v1/teams/" + teamId + "/schedule";
	}

	private static Map<String, Object> day(String day) {
		return Map.of("day", day, "start", "09:00", "end", "18:00");
	}
}
