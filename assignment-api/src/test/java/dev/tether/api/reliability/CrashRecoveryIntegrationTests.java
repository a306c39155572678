package dev.tether.api.reliability;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import dev.tether.api.support.ApplicationProcess;
import dev.tether.api.support.IntegrationTest;
import dev.tether.api.support.LineWebhook;
import dev.tether.api.support.OrgFixture;
import dev.tether.api.support.OrgFixture.ChannelRef;
import dev.tether.api.support.TetherClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static dev.tether.api.support.LineWebhook.aLineUserId;
import static dev.tether.api.support.LineWebhook.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Tether run as an operator runs it, in its own process on its embedded PostgreSQL, killed the way
 * machines die. What it acknowledged must be there after the restart, and the restart must work
 * the first time.
 */
class CrashRecoveryIntegrationTests extends IntegrationTest {

	private static final int SENDERS = 8;

	@TempDir
	Path dataDir;

	private final List<ApplicationProcess> started = new ArrayList<>();

	@AfterEach
	void stopWhatIsLeft() {
		started.forEach(ApplicationProcess::killWithDatabase);
	}

	@Test
	void everyAcknowledgedWebhookSurvivesTheJvmAndItsDatabaseDyingTogether() throws Exception {
		ApplicationProcess tether = start();
		assertThat(durabilitySettings(tether)).as("the run mode's database keeps every commit on disk")
			.containsExactly("on", "on", "on");
		OrgFixture org = anOrgOn(tether.client());
		ChannelRef channel = org.aChannel();
		String agent = org.anAgent("Aoi Tanaka");
		String message = org.bindingMessageFor(channel, agent);
		Queue<String> acknowledged = new ConcurrentLinkedQueue<>();
		AtomicBoolean sending = new AtomicBoolean(true);
		ExecutorService senders = Executors.newFixedThreadPool(SENDERS);
		LineWebhook line = unsettledWebhookOf(tether.client(), channel);
		for (int i = 0; i < SENDERS; i++) {
			senders.submit(() -> {
				while (sending.get()) {
					String customer = aLineUserId();
					try {
						if (line.deliver(text(customer, message)).status() == 200) {
							acknowledged.add(customer);
						}
					}
					catch (UncheckedIOException killed) {
						return;
					}
				}
			});
		}
		await("webhooks acknowledged under load").atMost(Duration.ofSeconds(60))
			.until(() -> acknowledged.size() >= 150);

		tether.killWithDatabase();
		sending.set(false);
		senders.shutdown();
		assertThat(senders.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
		OrgFixture afterRestart = org.on(start().client());

		await("every acknowledged binding, processed after the restart").atMost(Duration.ofSeconds(60))
			.pollInterval(Duration.ofSeconds(1))
			.untilAsserted(() -> assertThat(acknowledged.stream()
				.filter(customer -> !agent.equals(boundAgent(afterRestart.contact(channel, customer))))
				.toList()).as("of %d acknowledged webhooks, not bound", acknowledged.size()).isEmpty());
	}

	@Test
	void aRestartAfterACrashStopsTheDatabaseTheCrashLeftAndADatabaseStopsWhenItsJvmIsKilled() {
		ApplicationProcess tether = start();
		OrgFixture org = anOrgOn(tether.client());
		String agent = org.anAgent("Aoi Tanaka");
		ProcessHandle orphan = tether.postmaster().orElseThrow();
		List<ProcessHandle> watchdogs = tether.children();

		tether.killJvm();
		watchdogs.forEach(ProcessHandle::destroyForcibly);
		assertThat(orphan.isAlive()).as("the database outlives a JVM killed with its watchdog").isTrue();
		ApplicationProcess restarted = start();

		assertThat(orphan.isAlive()).isFalse();
		TetherClient.Response known = restarted.client().get("/api/v1/agents/" + agent, org.ownerToken());
		assertThat(known.status()).as(known.toString()).isEqualTo(200);
		assertThat(known.field("name")).isEqualTo("Aoi Tanaka");

		ProcessHandle postmaster = restarted.postmaster().orElseThrow();
		restarted.killJvm();
		await("the embedded PostgreSQL stopping after its JVM died").atMost(Duration.ofSeconds(15))
			.until(() -> !postmaster.isAlive());
	}

	private ApplicationProcess start() {
		ApplicationProcess tether = ApplicationProcess.start(dataDir, LINE_API.baseUrl());
		started.add(tether);
		return tether;
	}

	private static String boundAgent(TetherClient.Response contact) {
		return contact.status() == 200 ? contact.json().path("binding").path("agentId").asString() : null;
	}

	/** fsync, synchronous_commit and full_page_writes of the application's own database. */
	private static List<String> durabilitySettings(ApplicationProcess tether) throws SQLException {
		List<String> values = new ArrayList<>();
		try (Connection connection = DriverManager.getConnection(
				"jdbc:postgresql://localhost:" + tether.databasePort() + "/postgres", "postgres", "");
				Statement statement = connection.createStatement()) {
			for (String name : List.of("fsync", "synchronous_commit", "full_page_writes")) {
				try (ResultSet result = statement.executeQuery("show " + name)) {
					result.next();
					values.add(result.getString(1));
				}
			}
		}
		return values;
	}
}
