package dev.tether.api.sync;

import java.nio.charset.StandardCharsets;
import java.util.List;

import dev.tether.api.support.IntegrationTest;
import dev.tether.api.support.OrgFixture;
import dev.tether.api.support.TetherClient;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Who may sync, and which bodies an import takes. */
class SyncAccessIntegrationTests extends IntegrationTest {

	private static final String TEAMS = "code,name,strategy,onlineOnly,maxOpenContacts,queueTimeoutSeconds\n"
			+ "SALES,Sales,RANDOM,,,\n";

	@Test
	void agentAndManagerTokensMayNotSync() {
		OrgFixture org = anOrg();
		String alice = org.anAgent("Alice Chen");
		for (String token : List.of(org.aToken("AGENT", alice), org.aToken("MANAGER", alice))) {
			for (String kind : List.of("agents", "teams")) {
				SyncClient sync = new SyncClient(api, token, kind);
				for (TetherClient.Response answer : List.of(sync.upload(TEAMS), sync.export(), sync.template())) {
					assertThat(answer.status()).as(answer.toString()).isEqualTo(403);
					assertThat(answer.problemCode()).isEqualTo("FORBIDDEN");
				}
			}
		}
		assertThat(api.get("/api/v1/teams", org.ownerToken()).json()).isEmpty();
	}

	@Test
	void integrationAndAdminTokensMaySync() {
		OrgFixture org = anOrg();

		SyncClient integration = new SyncClient(api, org.aToken("INTEGRATION", null), "teams");
		SyncClient admin = new SyncClient(api, org.aToken("ADMIN", null), "teams");

		assertThat(integration.applied(TEAMS).path("created").asInt()).isEqualTo(1);
		assertThat(SyncClient.rows(admin.export())).hasSize(1);
	}

	@Test
	void withoutATokenNothingIsRead() {
		TetherClient.Response answer = new SyncClient(api, null, "agents").export();

		assertThat(answer.status()).as(answer.toString()).isEqualTo(401);
	}

	@Test
	void plainTextAndBinaryBodiesAreReadAsCsvButJsonIsRefused() {
		OrgFixture org = anOrg();
		SyncClient sync = new SyncClient(api, org.ownerToken(), "teams");
		byte[] body = TEAMS.getBytes(StandardCharsets.UTF_8);

		TetherClient.Response json = sync.upload("{\"code\":\"SALES\"}".getBytes(StandardCharsets.UTF_8),
				"application/json");
		TetherClient.Response text = sync.upload(body, "text/plain");
		TetherClient.Response binary = sync.upload(body, "application/octet-stream");

		assertThat(json.status()).as(json.toString()).isEqualTo(415);
		assertThat(json.problemCode()).isEqualTo("UNSUPPORTED_MEDIA_TYPE");
		assertThat(text.status()).as(text.toString()).isEqualTo(200);
		assertThat(binary.status()).as(binary.toString()).isEqualTo(200);
		assertThat(SyncClient.results(binary.json())).containsExactly("UNCHANGED");
	}

	@Test
	void anEmptyBodyIsAFileWithoutItsHeader() {
		OrgFixture org = anOrg();

		TetherClient.Response answer = new SyncClient(api, org.ownerToken(), "agents").upload(new byte[0],
				SyncClient.CSV);

		assertThat(answer.status()).as(answer.toString()).isEqualTo(400);
		assertThat(answer.problemCode()).isEqualTo("INVALID_CSV");
		assertThat(answer.field("detail")).startsWith("Line 1 ");
	}

	@Test
	void aFileOverTheSizeLimitIsRefused() {
		OrgFixture org = anOrg();
		byte[] huge = (TEAMS + "x".repeat(1_100_000)).getBytes(StandardCharsets.UTF_8);

		TetherClient.Response answer = new SyncClient(api, org.ownerToken(), "teams").upload(huge, SyncClient.CSV);

		assertThat(answer.status()).as(answer.toString()).isEqualTo(413);
		assertThat(api.get("/api/v1/teams", org.ownerToken()).json()).isEmpty();
	}
}
