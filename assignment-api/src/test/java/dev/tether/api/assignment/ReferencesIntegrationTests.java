package dev.tether.api.assignment;

import java.util.Map;

import dev.tether.api.support.IntegrationTest;
import dev.tether.api.support.LineWebhook;
import dev.tether.api.support.OrgFixture;
import dev.tether.api.support.OrgFixture.ChannelRef;
import dev.tether.api.support.OrgState;
import dev.tether.api.support.TetherClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Agents and teams named in Assignment API bodies: an object that says which key it uses is never
 * ambiguous; a bare string that matches two of them is refused, never guessed.
 */
class ReferencesIntegrationTests extends IntegrationTest {

	private OrgFixture org;

	private ChannelRef channel;

	@BeforeEach
	void anOrgWithAChannel() {
		org = anOrg();
		channel = org.aChannel();
	}

	@Test
	void aNumericExternalCodeThatIsAlsoAnotherAgentsIdIsAmbiguousAsABareString() {
		String aoi = org.anAgent("Aoi Tanaka");
		String ren = org.anAgent("Ren Ito", Map.of("externalCode", aoi));
		String before = OrgState.of(db, org.id());

		TetherClient.Response bare = individual(aoi);

		assertThat(bare.status()).as(bare.toString()).isEqualTo(422);
		assertThat(bare.problemCode()).isEqualTo("AMBIGUOUS_REFERENCE");
		assertThat(bare.field("detail")).contains("agent " + aoi + " by id", "agent " + ren + " by external code");
		assertThat(OrgState.of(db, org.id())).isEqualTo(before);
		assertThat(individual(Map.of("id", aoi)).field("agentId")).isEqualTo(aoi);
		assertThat(individual(Map.of("externalCode", aoi)).field("agentId")).isEqualTo(ren);
	}

	@Test
	void theObjectFormNamesAnAgentByExactlyOneKey() {
		String aoi = org.anAgent("Aoi Tanaka", Map.of("email", "aoi@acme.test", "externalCode", "1234"));

		assertThat(individual(Map.of("email", "AOI@acme.test")).field("agentId")).isEqualTo(aoi);
		assertThat(individual(Map.of("externalCode", "1234")).field("agentId")).isEqualTo(aoi);
		assertThat(individual(Map.of("id", "1234")).problemCode()).isEqualTo("AGENT_NOT_FOUND");
		TetherClient.Response twoKeys = individual(Map.of("id", aoi, "email", "aoi@acme.test"));
		assertThat(twoKeys.status()).as(twoKeys.toString()).isEqualTo(400);
		assertThat(twoKeys.json().path("errors").path(0).path("field").asString()).as(twoKeys.toString())
			.isEqualTo("agent");
		assertThat(individual(Map.of("name", "Aoi")).status()).isEqualTo(400);
	}

	@Test
	void aTeamCodeThatIsAlsoAnotherTeamsIdIsAmbiguousAsABareString() {
		String aoi = org.anAgent("Aoi Tanaka");
		String support = org.aTeam("Support", aoi);
		String sales = org.aTeam("Sales", Map.of("code", support), aoi);

		TetherClient.Response bare = manual(Map.of("channelId", channel.id(), "lineUserId",
				LineWebhook.aLineUserId(), "team", support));
		TetherClient.Response byId = manual(Map.of("channelId", channel.id(), "lineUserId",
				LineWebhook.aLineUserId(), "team", Map.of("id", support)));
		TetherClient.Response byCode = manual(Map.of("channelId", channel.id(), "lineUserId",
				LineWebhook.aLineUserId(), "team", Map.of("code", support)));

		assertThat(bare.status()).as(bare.toString()).isEqualTo(422);
		assertThat(bare.problemCode()).isEqualTo("AMBIGUOUS_REFERENCE");
		assertThat(byId.field("teamId")).isEqualTo(support);
		assertThat(byCode.field("teamId")).isEqualTo(sales);
	}

	@Test
	void aPathNamesAnAgentOrATeamByIdFirst() {
		String aoi = org.anAgent("Aoi Tanaka");
		org.anAgent("Ren Ito", Map.of("externalCode", aoi));
		String support = org.aTeam("Support", aoi);
		org.aTeam("Sales", Map.of("code", support), aoi);

		assertThat(api.get("/api/v1/agents/" + aoi, org.ownerToken()).field("name")).isEqualTo("Aoi Tanaka");
		assertThat(api.get("/api/v1/teams/" + support, org.ownerToken()).field("name")).isEqualTo("Support");
	}

	private TetherClient.Response individual(Object agent) {
		return api.post("/api/v1/assignments/individual", org.ownerToken(),
				Map.of("channelId", channel.id(), "lineUserId", LineWebhook.aLineUserId(), "agent", agent));
	}

	private TetherClient.Response manual(Map<String, Object> body) {
		return api.post("/api/v1/assignments/manual", org.ownerToken(), body);
	}
}
