package dev.tether.api.reliability;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import dev.tether.api.support.FreePort;
import dev.tether.api.support.IntegrationTest;
import dev.tether.api.support.LineWebhook;
import dev.tether.api.support.OrgFixture;
import dev.tether.api.support.OrgFixture.ChannelRef;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static dev.tether.api.support.LineWebhook.aLineUserId;
import static dev.tether.api.support.LineWebhook.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The database goes away under load and comes back. While it is away the webhook answers 503,
 * which LINE retries, and never 200; once it is back Tether serves again without a restart, and
 * every webhook it acknowledged is stored.
 */
class DatabaseOutageIntegrationTests extends IntegrationTest {

	private static final int SENDERS = 4;

	@TempDir
	Path databaseDir;

	private final int databasePort = FreePort.any();

	private EmbeddedPostgres database;

	private ConfigurableApplicationContext tether;

	@AfterEach
	void stop() throws IOException {
		if (tether != null) {
			tether.close();
		}
		if (database != null) {
			database.close();
		}
	}

	@Test
	void theWebhookNeverAcknowledgesWhatItCouldNotStoreAndRecoversOnItsOwn() throws Exception {
		database = startDatabase();
		tether = anotherInstanceOn("jdbc:postgresql://localhost:" + databasePort + "/postgres", "postgres", "");
		OrgFixture org = anOrgOn(clientFor(portOf(tether)));
		ChannelRef channel = org.aChannel();
		LineWebhook line = unsettledWebhookOf(clientFor(portOf(tether)), channel);
		Queue<Answer> answers = new ConcurrentLinkedQueue<>();
		AtomicBoolean sending = new AtomicBoolean(true);
		ExecutorService senders = Executors.newFixedThreadPool(SENDERS);
		for (int i = 0; i < SENDERS; i++) {
			senders.submit(() -> {
				while (sending.get()) {
					Map<String, Object> event = text(aLineUserId(), "hello");
					var answer = line.deliver(event);
					answers.add(new Answer((String) event.get("webhookEventId"), answer.status(),
							answer.status() == 200 ? "" : answer.problemCode()));
				}
			});
		}
		await("webhooks stored before the outage").atMost(Duration.ofSeconds(30))
			.until(() -> acknowledged(answers).size() >= 50);

		database.close();
		int beforeOutage = answers.size();
		await("webhooks refused while the database is away").atMost(Duration.ofSeconds(30))
			.until(() -> answers.stream().skip(beforeOutage).filter(answer -> answer.status() == 503).count() >= 5);
		database = startDatabase();
		int afterOutage = answers.size();
		await("webhooks stored again once the database is back").atMost(Duration.ofSeconds(30))
			.until(() -> answers.stream().skip(afterOutage).filter(answer -> answer.status() == 200).count() >= 20);
		sending.set(false);
		senders.shutdown();
		assertThat(senders.awaitTermination(30, TimeUnit.SECONDS)).isTrue();

		assertThat(answers).extracting(Answer::status).containsOnly(200, 503);
		assertThat(answers).filteredOn(answer -> answer.status() == 503)
			.extracting(Answer::code)
			.containsOnly("DATABASE_UNAVAILABLE", "INBOX_BUSY");
		JdbcClient stored = JdbcClient.create(database.getPostgresDatabase());
		List<String> lost = acknowledged(answers).stream()
			.filter(id -> stored.sql("select count(*) from line_event where webhook_event_id = ?")
				.param(id)
				.query(Long.class)
				.single() != 1)
			.toList();
		assertThat(lost).as("of %d acknowledged webhooks", acknowledged(answers).size()).isEmpty();
	}

	private EmbeddedPostgres startDatabase() throws IOException {
		return EmbeddedPostgres.builder()
			.setDataDirectory(databaseDir)
			.setCleanDataDirectory(false)
			.setPort(databasePort)
			.start();
	}

	private static List<String> acknowledged(Queue<Answer> answers) {
		return answers.stream().filter(answer -> answer.status() == 200).map(Answer::webhookEventId).toList();
	}

	/** What the webhook answered for one event. */
	private record Answer(String webhookEventId, int status, String code) {
	}
}
