package dev.tether.api.agent;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.tether.api.support.IntegrationTest;
import dev.tether.api.support.OrgFixture;
import dev.tether.api.support.TetherClient;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** Managing agents and teams: identity rules, paging, deactivation and membership. */
class AgentAndTeamIntegrationTests extends IntegrationTest {

	@Test
	void anAgentIsCreatedWithWhatItWasGiven() {
		OrgFixture org = anOrg();
		String email = unique("alice") + "@brand.test";

		TetherClient.Response created = api.post("/api/v1/agents", org.ownerToken(), Map.of("email", email, "name",
				"Alice Chen", "externalCode", "EMP-1", "maxOpenContacts", 7, "role", "MANAGER"));

		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		JsonNode agent = created.json();
		assertThat(agent.path("id").isString()).isTrue();
		assertThat(agent.path("email").asString()).isEqualTo(email);
		assertThat(agent.path("name").asString()).isEqualTo("Alice Chen");
		assertThat(agent.path("externalCode").asString()).isEqualTo("EMP-1");
		assertThat(agent.path("maxOpenContacts").asInt()).isEqualTo(7);
		assertThat(agent.path("role").asString()).isEqualTo("MANAGER");
		assertThat(agent.path("active").asBoolean()).isTrue();
		assertThat(api.get("/api/v1/agents/" + agent.path("id").asString(), org.ownerToken()).json()).isEqualTo(agent);
	}

	@Test
	void anEmailIsTakenWhateverItsCase() {
		OrgFixture org = anOrg();
		String email = unique("alice") + "@brand.test";
		org.anAgent("Alice Chen", Map.of("email", email));

		TetherClient.Response again = api.post("/api/v1/agents", org.ownerToken(),
				Map.of("email", email.toUpperCase(), "name", "Alice Again"));

		assertThat(again.status()).as(again.toString()).isEqualTo(409);
		assertThat(again.problemCode()).isEqualTo("AGENT_EXISTS");
		assertThat(agentsOf(org)).isEqualTo(1);
	}

	@Test
	void theSameEmailIsFreeInAnotherOrg() {
		String email = unique("alice") + "@brand.test";
		anOrg().anAgent("Alice Chen", Map.of("email", email));

		TetherClient.Response elsewhere = api.post("/api/v1/agents", anOrg().ownerToken(),
				Map.of("email", email, "name", "Alice Chen"));

		assertThat(elsewhere.status()).as(elsewhere.toString()).isEqualTo(201);
	}

	@Test
	void anExternalCodeIsTaken() {
		OrgFixture org = anOrg();
		org.anAgent("Alice Chen", Map.of("externalCode", "EMP-1"));

		TetherClient.Response again = api.post("/api/v1/agents", org.ownerToken(),
				Map.of("email", unique("bob") + "@brand.test", "name", "Bob Sato", "externalCode", "EMP-1"));

		assertThat(again.status()).as(again.toString()).isEqualTo(409);
		assertThat(again.problemCode()).isEqualTo("AGENT_EXISTS");
		assertThat(agentsOf(org)).isEqualTo(1);
	}

	@Test
	void agentsAreListedPageByPage() {
		OrgFixture org = anOrg();
		List<String> ids = new ArrayList<>();
		for (int i = 1; i <= 5; i++) {
			ids.add(org.anAgent("Agent " + i));
		}

		List<String> seen = new ArrayList<>();
		for (int page = 0; page < 3; page++) {
			TetherClient.Response answer = api.get("/api/v1/agents?page=" + page + "&size=2", org.ownerToken());
			assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
			JsonNode body = answer.json();
			assertThat(body.path("page").asInt()).isEqualTo(page);
			assertThat(body.path("size").asInt()).isEqualTo(2);
			assertThat(body.path("totalItems").asLong()).isEqualTo(5);
			assertThat(body.path("totalPages").asInt()).isEqualTo(3);
			assertThat(body.path("items")).hasSize(page < 2 ? 2 : 1);
			body.path("items").forEach(item -> seen.add(item.path("id").asString()));
		}

		assertThat(seen).containsExactlyElementsOf(ids);
		assertThat(api.get("/api/v1/agents?page=3&size=2", org.ownerToken()).json().path("items")).isEmpty();
		assertThat(api.get("/api/v1/agents?size=0", org.ownerToken()).status()).isEqualTo(400);
		assertThat(api.get("/api/v1/agents?page=-1", org.ownerToken()).status()).isEqualTo(400);
	}

	@Test
	void aPatchChangesTheFieldsItNamesAndKeepsTheRest() {
		OrgFixture org = anOrg();
		String email = unique("alice") + "@brand.test";
		String alice = org.anAgent("Alice Chen", Map.of("email", email, "externalCode", "EMP-1"));

		TetherClient.Response patched = api.patch("/api/v1/agents/" + alice, org.ownerToken(),
				Map.of("name", "Alice Wong", "maxOpenContacts", 3));

		assertThat(patched.status()).as(patched.toString()).isEqualTo(200);
		JsonNode agent = api.get("/api/v1/agents/" + alice, org.ownerToken()).json();
		assertThat(agent.path("name").asString()).isEqualTo("Alice Wong");
		assertThat(agent.path("maxOpenContacts").asInt()).isEqualTo(3);
		assertThat(agent.path("email").asString()).isEqualTo(email);
		assertThat(agent.path("externalCode").asString()).isEqualTo("EMP-1");
	}

	@Test
	void aPatchWithABlankAgentNameIsRefusedAndChangesNothing() {
		OrgFixture org = anOrg();
		String alice = org.anAgent("Alice Chen");

		TetherClient.Response patched = api.patch("/api/v1/agents/" + alice, org.ownerToken(), Map.of("name", "   "));

		assertThat(patched.status()).as(patched.toString()).isEqualTo(400);
		assertThat(patched.problemCode()).isEqualTo("VALIDATION_FAILED");
		assertThat(api.get("/api/v1/agents/" + alice, org.ownerToken()).field("name")).isEqualTo("Alice Chen");
	}

	@Test
	void aPageFarBeyondTheEndIsNeverAServerError() {
		OrgFixture org = anOrg();
		org.anAgent("Alice Chen");

		TetherClient.Response answer = api.get("/api/v1/agents?page=2147483647&size=500", org.ownerToken());

		assertThat(answer.status()).as(answer.toString()).isIn(200, 400);
		if (answer.status() == 200) {
			assertThat(answer.json().path("items")).isEmpty();
		}
		else {
			assertThat(answer.problemCode()).isEqualTo("VALIDATION_FAILED");
		}
	}

	@Test
	void aPatchToAnotherAgentsEmailIsRefusedAndChangesNothing() {
		OrgFixture org = anOrg();
		String aliceEmail = unique("alice") + "@brand.test";
		org.anAgent("Alice Chen", Map.of("email", aliceEmail));
		String bob = org.anAgent("Bob Sato");

		TetherClient.Response patched = api.patch("/api/v1/agents/" + bob, org.ownerToken(),
				Map.of("name", "Bob Renamed", "email", aliceEmail.toUpperCase()));

		assertThat(patched.status()).as(patched.toString()).isEqualTo(409);
		assertThat(patched.problemCode()).isEqualTo("AGENT_EXISTS");
		assertThat(api.get("/api/v1/agents/" + bob, org.ownerToken()).field("name")).isEqualTo("Bob Sato");
	}

	@Test
	void aDeletedAgentIsDeactivatedButStillReadable() {
		OrgFixture org = anOrg();
		String alice = org.anAgent("Alice Chen");

		TetherClient.Response deleted = api.delete("/api/v1/agents/" + alice, org.ownerToken());

		assertThat(deleted.status()).as(deleted.toString()).isEqualTo(204);
		TetherClient.Response read = api.get("/api/v1/agents/" + alice, org.ownerToken());
		assertThat(read.status()).isEqualTo(200);
		assertThat(read.json().path("active").asBoolean()).isFalse();
		assertThat(read.field("name")).isEqualTo("Alice Chen");
		JsonNode listed = api.get("/api/v1/agents", org.ownerToken()).json().path("items").path(0);
		assertThat(listed.path("id").asString()).isEqualTo(alice);
		assertThat(listed.path("active").asBoolean()).isFalse();
	}

	@Test
	void anUnknownAgentIsNotFound() {
		OrgFixture org = anOrg();

		for (TetherClient.Response answer : List.of(api.get("/api/v1/agents/999999999", org.ownerToken()),
				api.patch("/api/v1/agents/999999999", org.ownerToken(), Map.of("name", "Ghost")),
				api.delete("/api/v1/agents/999999999", org.ownerToken()))) {
			assertThat(answer.status()).as(answer.toString()).isEqualTo(404);
			assertThat(answer.problemCode()).isEqualTo("AGENT_NOT_FOUND");
		}
	}

	@Test
	void anIdThatIsNotANumberNamesNoAgent() {
		OrgFixture org = anOrg();

		TetherClient.Response answer = api.get("/api/v1/agents/alice", org.ownerToken());

		assertThat(answer.status()).as(answer.toString()).isEqualTo(404);
		assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
	}

	@Test
	void anInvalidEmailIsRefusedNamingTheField() {
		OrgFixture org = anOrg();

		TetherClient.Response answer = api.post("/api/v1/agents", org.ownerToken(),
				Map.of("email", "not an email", "name", "Alice Chen"));

		assertThat(answer.status()).as(answer.toString()).isEqualTo(400);
		assertThat(answer.problemCode()).isEqualTo("VALIDATION_FAILED");
		assertThat(answer.json().path("errors").findValuesAsString("field")).containsExactly("email");
		assertThat(agentsOf(org)).isZero();
	}

	@Test
	void aFieldOfTheWrongTypeIsRefusedNamingTheField() {
		OrgFixture org = anOrg();

		TetherClient.Response answer = api.post("/api/v1/agents", org.ownerToken(),
				Map.of("email", unique("alice") + "@brand.test", "name", "Alice Chen", "maxOpenContacts", "many"));

		assertThat(answer.status()).as(answer.toString()).isEqualTo(400);
		assertThat(answer.problemCode()).isEqualTo("VALIDATION_FAILED");
		assertThat(answer.json().path("errors").findValuesAsString("field")).containsExactly("maxOpenContacts");
		assertThat(agentsOf(org)).isZero();
	}

	@Test
	void aTeamIsCreatedWithItsMembers() {
		OrgFixture org = anOrg();
		String alice = org.anAgent("Alice Chen");
		String bob = org.anAgent("Bob Sato");

		TetherClient.Response created = api.post("/api/v1/teams", org.ownerToken(), Map.of("name", "Sales", "strategy",
				"LEAST_OPEN", "onlineOnly", true, "queueTimeoutSeconds", 600, "memberIds", List.of(alice, bob)));

		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		JsonNode team = created.json();
		assertThat(team.path("id").asString()).isNotBlank();
		assertThat(team.path("name").asString()).isEqualTo("Sales");
		assertThat(team.path("strategy").asString()).isEqualTo("LEAST_OPEN");
		assertThat(team.path("onlineOnly").asBoolean()).isTrue();
		assertThat(team.path("queueTimeoutSeconds").asInt()).isEqualTo(600);
		assertThat(strings(team.path("memberIds"))).containsExactly(alice, bob);
		assertThat(strings(api.get("/api/v1/teams/" + team.path("id").asString(), org.ownerToken())
			.json()
			.path("memberIds"))).containsExactly(alice, bob);
	}

	@Test
	void aTeamWaitsAWeekInItsQueueUnlessToldOtherwise() {
		OrgFixture org = anOrg();
		String team = org.aTeam("Sales", org.anAgent("Alice Chen"));

		assertThat(api.get("/api/v1/teams/" + team, org.ownerToken()).json().path("queueTimeoutSeconds").asInt())
			.isEqualTo(604800);
	}

	@Test
	void puttingMembersReplacesThem() {
		OrgFixture org = anOrg();
		String alice = org.anAgent("Alice Chen");
		String bob = org.anAgent("Bob Sato");
		String carol = org.anAgent("Carol Ito");
		String team = org.aTeam("Sales", alice, bob);

		TetherClient.Response replaced = api.put("/api/v1/teams/" + team + "/members", org.ownerToken(),
				Map.of("agentIds", List.of(bob, carol)));

		assertThat(replaced.status()).as(replaced.toString()).isEqualTo(200);
		assertThat(strings(replaced.json().path("memberIds"))).containsExactlyInAnyOrder(bob, carol);
		assertThat(membersOf(org, team)).containsExactlyInAnyOrder(bob, carol);
	}

	@Test
	void anUnknownMemberIsNotFoundAndTheMembershipStaysAsItWas() {
		OrgFixture org = anOrg();
		OrgFixture other = anOrg();
		String alice = org.anAgent("Alice Chen");
		String bob = org.anAgent("Bob Sato");
		String team = org.aTeam("Sales", alice);

		for (String stranger : List.of("999999999", other.anAgent("Dave Other"))) {
			TetherClient.Response replaced = api.put("/api/v1/teams/" + team + "/members", org.ownerToken(),
					Map.of("agentIds", List.of(bob, stranger)));

			assertThat(replaced.status()).as(replaced.toString()).isEqualTo(404);
			assertThat(replaced.problemCode()).isEqualTo("AGENT_NOT_FOUND");
		}
		assertThat(membersOf(org, team)).containsExactly(alice);
	}

	@Test
	void aTeamWithAnUnknownMemberIsNotCreated() {
		OrgFixture org = anOrg();
		String alice = org.anAgent("Alice Chen");

		TetherClient.Response created = api.post("/api/v1/teams", org.ownerToken(),
				Map.of("name", "Sales", "strategy", "ROUND_ROBIN", "memberIds", List.of(alice, "999999999")));

		assertThat(created.status()).as(created.toString()).isEqualTo(404);
		assertThat(created.problemCode()).isEqualTo("AGENT_NOT_FOUND");
		assertThat(api.get("/api/v1/teams", org.ownerToken()).json()).isEmpty();
	}

	@Test
	void aQueueTimeoutBeyondAWeekIsRefused() {
		OrgFixture org = anOrg();
		Map<String, Object> body = new HashMap<>(Map.of("name", "Sales", "strategy", "ROUND_ROBIN", "memberIds",
				List.of(), "queueTimeoutSeconds", 604801));

		TetherClient.Response tooLong = api.post("/api/v1/teams", org.ownerToken(), body);
		body.put("queueTimeoutSeconds", 604800);
		TetherClient.Response aWeek = api.post("/api/v1/teams", org.ownerToken(), body);

		assertThat(tooLong.status()).as(tooLong.toString()).isEqualTo(400);
		assertThat(tooLong.problemCode()).isEqualTo("VALIDATION_FAILED");
		assertThat(tooLong.json().path("errors").findValuesAsString("field")).contains("queueTimeoutSeconds");
		assertThat(aWeek.status()).as(aWeek.toString()).isEqualTo(201);
		assertThat(api.get("/api/v1/teams", org.ownerToken()).json()).hasSize(1);
		TetherClient.Response patched = api.patch("/api/v1/teams/" + aWeek.field("id"), org.ownerToken(),
				Map.of("queueTimeoutSeconds", 604801));
		assertThat(patched.status()).as(patched.toString()).isEqualTo(400);
		assertThat(api.get("/api/v1/teams/" + aWeek.field("id"), org.ownerToken())
			.json()
			.path("queueTimeoutSeconds")
			.asInt()).isEqualTo(604800);
	}

	@Test
	void aPatchWithABlankTeamNameIsRefusedAndChangesNothing() {
		OrgFixture org = anOrg();
		String team = org.aTeam("Sales", org.anAgent("Alice Chen"));

		TetherClient.Response patched = api.patch("/api/v1/teams/" + team, org.ownerToken(), Map.of("name", "   "));

		assertThat(patched.status()).as(patched.toString()).isEqualTo(400);
		assertThat(patched.problemCode()).isEqualTo("VALIDATION_FAILED");
		assertThat(api.get("/api/v1/teams/" + team, org.ownerToken()).field("name")).isEqualTo("Sales");
	}

	@Test
	void aDeletedTeamIsGone() {
		OrgFixture org = anOrg();
		String team = org.aTeam("Sales", org.anAgent("Alice Chen"));

		TetherClient.Response deleted = api.delete("/api/v1/teams/" + team, org.ownerToken());

		assertThat(deleted.status()).as(deleted.toString()).isEqualTo(204);
		TetherClient.Response read = api.get("/api/v1/teams/" + team, org.ownerToken());
		assertThat(read.status()).isEqualTo(404);
		assertThat(read.problemCode()).isEqualTo("TEAM_NOT_FOUND");
		assertThat(api.get("/api/v1/teams", org.ownerToken()).json()).isEmpty();
		assertThat(api.delete("/api/v1/teams/" + team, org.ownerToken()).status()).isEqualTo(404);
	}

	private List<String> membersOf(OrgFixture org, String team) {
		return strings(api.get("/api/v1/teams/" + team, org.ownerToken()).json().path("memberIds"));
	}

	private long agentsOf(OrgFixture org) {
		return db.sql("select count(*) from agent where org_id = ?")
			.param(Long.parseLong(org.id()))
			.query(Long.class)
			.single();
	}

	private static String unique(String name) {
		return name + "-" + UUID.randomUUID().toString().substring(0, 8);
	}

	private static List<String> strings(JsonNode array) {
		return array.valueStream().map(JsonNode::asString).toList();
	}
}
