package dev.tether.api.access;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.tether.api.support.IntegrationTest;
import dev.tether.api.support.OrgFixture;
import dev.tether.api.support.OrgFixture.ChannelRef;
import dev.tether.api.support.TetherClient;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** Who may call what: the platform admin, each org role, and nobody across orgs. */
class AccessIntegrationTests extends IntegrationTest {

	@Test
	void thePlatformAdminTokenCreatesAnOrgAndReceivesItsOwnerToken() {
		String name = "Brand " + UUID.randomUUID();

		TetherClient.Response created = api.post("/api/v1/orgs", ADMIN_TOKEN, Map.of("name", name));

		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		JsonNode org = created.json();
		assertThat(org.path("id").isString()).isTrue();
		assertThat(org.path("id").asString()).isNotBlank();
		assertThat(org.path("name").asString()).isEqualTo(name);
		assertThat(org.path("ownerToken").asString()).isNotBlank();
		assertThat(api.get("/api/v1/settings", org.path("ownerToken").asString()).status()).isEqualTo(200);
	}

	@Test
	void thePlatformAdminTokenMayDoNothingButCreateOrgs() {
		OrgFixture org = anOrg();
		String agent = org.anAgent("Alice Chen");

		TetherClient.Response settings = api.get("/api/v1/settings", ADMIN_TOKEN);
		TetherClient.Response agents = api.get("/api/v1/agents", ADMIN_TOKEN);
		TetherClient.Response agentOfAnOrg = api.get("/api/v1/agents/" + agent, ADMIN_TOKEN);
		TetherClient.Response newAgent = api.post("/api/v1/agents", ADMIN_TOKEN,
				Map.of("name", "Mallory", "email", "mallory-" + UUID.randomUUID() + "@brand.test"));

		assertForbidden(settings);
		assertForbidden(agents);
		assertForbidden(agentOfAnOrg);
		assertForbidden(newAgent);
		assertThat(db.sql("select count(*) from agent where name = 'Mallory'").query(Long.class).single()).isZero();
	}

	@Test
	void anOrgTokenMayNotCreateOrgs() {
		OrgFixture org = anOrg();
		String name = "Brand " + UUID.randomUUID();

		TetherClient.Response created = api.post("/api/v1/orgs", org.ownerToken(), Map.of("name", name));

		assertForbidden(created);
		assertThat(db.sql("select count(*) from org where name = ?").param(name).query(Long.class).single()).isZero();
	}

	@Test
	void aCallWithoutATokenIsUnauthenticated() {
		TetherClient.Response answer = api.get("/api/v1/agents", null);

		assertThat(answer.status()).isEqualTo(401);
		assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
		assertThat(answer.problemCode()).isEqualTo("UNAUTHENTICATED");
		assertThat(api.post("/api/v1/orgs", null, Map.of("name", "Brand")).status()).isEqualTo(401);
	}

	@Test
	void anUnknownTokenIsUnauthenticated() {
		TetherClient.Response answer = api.get("/api/v1/agents", "tt_" + UUID.randomUUID());

		assertThat(answer.status()).isEqualTo(401);
		assertThat(answer.problemCode()).isEqualTo("UNAUTHENTICATED");
	}

	@Test
	void theOwnerIssuesTokensOfEveryRoleAndEachOneWorks() {
		OrgFixture org = anOrg();
		String alice = org.anAgent("Alice Chen");

		for (String role : List.of("OWNER", "ADMIN", "MANAGER", "AGENT", "INTEGRATION")) {
			Map<String, Object> body = new LinkedHashMap<>();
			body.put("name", role + " token");
			body.put("role", role);
			if (role.equals("MANAGER") || role.equals("AGENT")) {
				body.put("agentId", alice);
			}
			TetherClient.Response issued = api.post("/api/v1/tokens", org.ownerToken(), body);

			assertThat(issued.status()).as(issued.toString()).isEqualTo(201);
			assertThat(issued.field("id")).isNotBlank();
			assertThat(issued.field("role")).isEqualTo(role);
			String secret = issued.field("token");
			assertThat(secret).isNotBlank().isNotEqualTo(org.ownerToken());
			TetherClient.Response read = api.get("/api/v1/agents/" + alice, secret);
			assertThat(read.status()).as(role + ": " + read).isEqualTo(200);
		}
	}

	@Test
	void agentAndManagerTokensMustNameTheirAgent() {
		OrgFixture org = anOrg();
		long before = tokensOf(org);

		for (String role : List.of("AGENT", "MANAGER")) {
			TetherClient.Response issued = api.post("/api/v1/tokens", org.ownerToken(),
					Map.of("name", "no agent", "role", role));

			assertThat(issued.status()).as(issued.toString()).isEqualTo(400);
			assertThat(issued.problemCode()).isEqualTo("VALIDATION_FAILED");
		}
		assertThat(tokensOf(org)).isEqualTo(before);
	}

	@Test
	void anAdminMayIssueAdminTokensButNotOwnerTokens() {
		OrgFixture org = anOrg();
		String admin = org.aToken("ADMIN", null);
		long before = tokensOf(org);

		TetherClient.Response owner = api.post("/api/v1/tokens", admin, Map.of("name", "usurper", "role", "OWNER"));
		TetherClient.Response anotherAdmin = api.post("/api/v1/tokens", admin,
				Map.of("name", "colleague", "role", "ADMIN"));

		assertForbidden(owner);
		assertThat(anotherAdmin.status()).as(anotherAdmin.toString()).isEqualTo(201);
		assertThat(tokensOf(org)).isEqualTo(before + 1);
	}

	@Test
	void tokensAreStoredOnlyAsHashes() {
		OrgFixture org = anOrg();
		String integration = org.aToken("INTEGRATION", null);

		for (String secret : List.of(org.ownerToken(), integration)) {
			assertThat(db.sql("select count(*) from api_token where token_hash = ?")
				.param(secret)
				.query(Long.class)
				.single()).isZero();
			assertThat(db.sql("select count(*) from api_token t where strpos(t::text, ?) > 0")
				.param(secret)
				.query(Long.class)
				.single()).as("the secret appears nowhere in api_token").isZero();
		}
		assertThat(db.sql("select token_hash from api_token where org_id = ?")
			.param(Long.parseLong(org.id()))
			.query(String.class)
			.list()).hasSize(2).allSatisfy(hash -> assertThat(hash).isNotBlank());
	}

	@Test
	void aRevokedTokenStopsWorkingAtOnce() {
		OrgFixture org = anOrg();
		TetherClient.Response issued = api.post("/api/v1/tokens", org.ownerToken(),
				Map.of("name", "short lived", "role", "INTEGRATION"));
		String secret = issued.field("token");
		assertThat(api.get("/api/v1/agents", secret).status()).isEqualTo(200);

		TetherClient.Response revoked = api.delete("/api/v1/tokens/" + issued.field("id"), org.ownerToken());

		assertThat(revoked.status()).as(revoked.toString()).isEqualTo(204);
		TetherClient.Response afterwards = api.get("/api/v1/agents", secret);
		assertThat(afterwards.status()).isEqualTo(401);
		assertThat(afterwards.problemCode()).isEqualTo("UNAUTHENTICATED");
	}

	@Test
	void anotherOrgsTokenCannotBeRevoked() {
		OrgFixture mine = anOrg();
		OrgFixture theirs = anOrg();
		TetherClient.Response issued = api.post("/api/v1/tokens", theirs.ownerToken(),
				Map.of("name", "theirs", "role", "INTEGRATION"));

		TetherClient.Response revoked = api.delete("/api/v1/tokens/" + issued.field("id"), mine.ownerToken());

		assertThat(revoked.status()).isEqualTo(404);
		assertThat(api.get("/api/v1/agents", issued.field("token")).status()).isEqualTo(200);
	}

	@Test
	void anotherOrgsAgentTeamChannelAndBindingCodeAreNotFound() {
		OrgFixture mine = anOrg();
		OrgFixture theirs = anOrg();
		ChannelRef myChannel = mine.aChannel();
		ChannelRef theirChannel = theirs.aChannel();
		String theirAgent = theirs.anAgent("Bob Sato");
		String theirTeam = theirs.aTeam("Their Sales", theirAgent);
		String theirCode = theirs.aBindingCode(theirChannel, theirAgent, null).field("id");
		String me = mine.ownerToken();

		assertNotFound(api.get("/api/v1/agents/" + theirAgent, me), "AGENT_NOT_FOUND");
		assertNotFound(api.patch("/api/v1/agents/" + theirAgent, me, Map.of("name", "Hijacked")), "AGENT_NOT_FOUND");
		assertNotFound(api.delete("/api/v1/agents/" + theirAgent, me), "AGENT_NOT_FOUND");
		assertNotFound(api.get("/api/v1/teams/" + theirTeam, me), "TEAM_NOT_FOUND");
		assertNotFound(api.delete("/api/v1/teams/" + theirTeam, me), "TEAM_NOT_FOUND");
		assertNotFound(api.get("/api/v1/channels/" + theirChannel.id(), me), "CHANNEL_NOT_FOUND");
		assertNotFound(api.get("/api/v1/binding-codes/" + theirCode, me), "BINDING_CODE_NOT_FOUND");
		assertNotFound(api.get("/api/v1/binding-codes/" + theirCode + "/qr.svg", me), "BINDING_CODE_NOT_FOUND");
		assertNotFound(api.delete("/api/v1/binding-codes/" + theirCode, me), "BINDING_CODE_NOT_FOUND");
		assertNotFound(api.post("/api/v1/binding-codes", me, Map.of("channelId", theirChannel.id(), "agentId",
				mine.anAgent("Alice Chen"))), "CHANNEL_NOT_FOUND");
		assertNotFound(api.post("/api/v1/binding-codes", me, Map.of("channelId", myChannel.id(), "agentId", theirAgent)),
				"AGENT_NOT_FOUND");

		JsonNode agent = api.get("/api/v1/agents/" + theirAgent, theirs.ownerToken()).json();
		assertThat(agent.path("name").asString()).isEqualTo("Bob Sato");
		assertThat(agent.path("active").asBoolean()).isTrue();
		assertThat(api.get("/api/v1/teams/" + theirTeam, theirs.ownerToken()).status()).isEqualTo(200);
		assertThat(api.get("/api/v1/binding-codes/" + theirCode, theirs.ownerToken()).json().path("revoked").asBoolean())
			.isFalse();
		assertThat(api.get("/api/v1/agents", me).json().path("totalItems").asLong()).isEqualTo(1);
	}

	@Test
	void anAgentTokenMayNotCreateAgentsOrChannels() {
		OrgFixture org = anOrg();
		String agentToken = org.aToken("AGENT", org.anAgent("Alice Chen"));

		TetherClient.Response agent = api.post("/api/v1/agents", agentToken,
				Map.of("name", "Eve", "email", "eve-" + UUID.randomUUID() + "@brand.test"));
		TetherClient.Response channel = api.post("/api/v1/channels", agentToken, aChannelBody());

		assertForbidden(agent);
		assertForbidden(channel);
		assertThat(countIn("agent", org)).isEqualTo(1);
		assertThat(countIn("channel", org)).isZero();
	}

	@Test
	void anAgentTokenMayNotChangeAgentsTeamsTokensOrSettings() {
		OrgFixture org = anOrg();
		String alice = org.anAgent("Alice Chen");
		String bob = org.anAgent("Bob Sato");
		String team = org.aTeam("Sales", alice);
		String agentToken = org.aToken("AGENT", alice);
		String ownerTokenId = db.sql("select id from api_token where org_id = ? and role = 'OWNER'")
			.param(Long.parseLong(org.id()))
			.query(Long.class)
			.single()
			.toString();

		assertForbidden(api.patch("/api/v1/agents/" + bob, agentToken, Map.of("name", "Renamed")));
		assertForbidden(api.delete("/api/v1/agents/" + bob, agentToken));
		assertForbidden(api.post("/api/v1/teams", agentToken,
				Map.of("name", "Mine", "strategy", "ROUND_ROBIN", "memberIds", List.of(alice))));
		assertForbidden(api.put("/api/v1/teams/" + team + "/members", agentToken, Map.of("agentIds", List.of(bob))));
		assertForbidden(api.delete("/api/v1/teams/" + team, agentToken));
		assertForbidden(api.post("/api/v1/tokens", agentToken, Map.of("name", "escalate", "role", "ADMIN")));
		assertForbidden(api.delete("/api/v1/tokens/" + ownerTokenId, agentToken));
		assertForbidden(api.put("/api/v1/settings", agentToken, Map.of("assignmentMode", "GENERAL")));

		assertThat(api.get("/api/v1/agents/" + bob, org.ownerToken()).field("name")).isEqualTo("Bob Sato");
		assertThat(api.get("/api/v1/agents/" + bob, org.ownerToken()).json().path("active").asBoolean()).isTrue();
		assertThat(api.get("/api/v1/teams/" + team, org.ownerToken()).json().path("memberIds").path(0).asString())
			.isEqualTo(alice);
		assertThat(api.get("/api/v1/teams", org.ownerToken()).json()).hasSize(1);
		assertThat(api.get("/api/v1/settings", org.ownerToken()).status()).isEqualTo(200);
		assertThat(api.get("/api/v1/settings", org.ownerToken()).field("assignmentMode")).isEqualTo("PERMANENT");
	}

	@Test
	void anIntegrationTokenManagesAgentsAndTeamsButNotChannelsTokensOrSettings() {
		OrgFixture org = anOrg();
		String integration = org.aToken("INTEGRATION", null);
		long tokensBefore = tokensOf(org);

		TetherClient.Response agent = api.post("/api/v1/agents", integration,
				Map.of("name", "Synced Agent", "email", "synced-" + UUID.randomUUID() + "@brand.test"));
		TetherClient.Response team = api.post("/api/v1/teams", integration,
				Map.of("name", "Synced Team", "strategy", "ROUND_ROBIN", "memberIds", List.of(agent.field("id"))));

		assertThat(agent.status()).as(agent.toString()).isEqualTo(201);
		assertThat(team.status()).as(team.toString()).isEqualTo(201);
		assertForbidden(api.post("/api/v1/channels", integration, aChannelBody()));
		assertForbidden(api.post("/api/v1/tokens", integration, Map.of("name", "escalate", "role", "ADMIN")));
		assertForbidden(api.get("/api/v1/settings", integration));
		assertForbidden(api.put("/api/v1/settings", integration,
				Map.of("assignmentMode", "GENERAL", "autoTags", List.of("x"))));
		assertThat(countIn("channel", org)).isZero();
		assertThat(tokensOf(org)).isEqualTo(tokensBefore);
		assertThat(api.get("/api/v1/settings", org.ownerToken()).json().path("assignmentMode").asString())
			.isEqualTo("PERMANENT");
	}

	private static Map<String, Object> aChannelBody() {
		return Map.of("name", "Rogue account", "basicId", "@rogue", "channelSecret", "s" + UUID.randomUUID(),
				"channelAccessToken", "t" + UUID.randomUUID());
	}

	private long tokensOf(OrgFixture org) {
		return countIn("api_token", org);
	}

	private long countIn(String table, OrgFixture org) {
		return db.sql("select count(*) from " + table + " where org_id = ?")
			.param(Long.parseLong(org.id()))
			.query(Long.class)
			.single();
	}

	@Test
	void aTokenActingForADeactivatedAgentStopsWorking() {
		OrgFixture org = anOrg();
		String alice = org.anAgent("Alice Chen");
		String agentToken = org.aToken("AGENT", alice);
		assertThat(api.get("/api/v1/agents/" + alice, agentToken).status()).isEqualTo(200);

		assertThat(api.delete("/api/v1/agents/" + alice, org.ownerToken()).status()).isEqualTo(204);

		TetherClient.Response afterwards = api.get("/api/v1/agents/" + alice, agentToken);
		assertThat(afterwards.status()).isEqualTo(401);
		assertThat(afterwards.problemCode()).isEqualTo("UNAUTHENTICATED");
	}

	@Test
	void noTokenIsIssuedForADeactivatedAgent() {
		OrgFixture org = anOrg();
		String alice = org.anAgent("Alice Chen");
		api.delete("/api/v1/agents/" + alice, org.ownerToken());

		TetherClient.Response issued = api.post("/api/v1/tokens", org.ownerToken(),
				Map.of("name", "late", "role", "AGENT", "agentId", alice));

		assertThat(issued.status()).isEqualTo(422);
		assertThat(issued.problemCode()).isEqualTo("AGENT_INACTIVE");
		assertThat(db.sql("select count(*) from api_token where agent_id = ?").param(Long.parseLong(alice))
			.query(Long.class).single()).isZero();
	}

	private static void assertForbidden(TetherClient.Response answer) {
		assertThat(answer.status()).as(answer.toString()).isEqualTo(403);
		assertThat(answer.problemCode()).isEqualTo("FORBIDDEN");
	}

	private static void assertNotFound(TetherClient.Response answer, String code) {
		assertThat(answer.status()).as(answer.toString()).isEqualTo(404);
		assertThat(answer.problemCode()).isEqualTo(code);
	}
}
