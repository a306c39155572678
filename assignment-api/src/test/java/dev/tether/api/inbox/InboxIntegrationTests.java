package dev.tether.api.inbox;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import dev.tether.api.support.ApplicationProcess;
import dev.tether.api.support.FreePort;
import dev.tether.api.support.IntegrationTest;
import dev.tether.api.support.LineWebhook;
import dev.tether.api.support.OrgFixture;
import dev.tether.api.support.OrgFixture.ChannelRef;
import dev.tether.api.support.TetherClient;
import io.micrometer.core.instrument.MeterRegistry;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static dev.tether.api.support.LineWebhook.aLineUserId;
import static dev.tether.api.support.LineWebhook.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The inbox between LINE's webhook and what Tether does with it: events are stored first and
 * processed by workers on any instance, once each, one contact's in order, and nothing stored is
 * lost when Tether dies before it got to it.
 */
class InboxIntegrationTests extends IntegrationTest {

	@TempDir
	Path dir;

	@Autowired
	private MeterRegistry meters;

	private final List<AutoCloseable> started = new ArrayList<>();

	@AfterEach
	void stopWhatWasStarted() throws Exception {
		for (int i = started.size() - 1; i >= 0; i--) {
			started.get(i).close();
		}
	}

	@Test
	void anEventStoredButNotProcessedWhenTetherDiesIsProcessedOnceAfterTheRestart() {
		ApplicationProcess intakeOnly = ApplicationProcess.start(dir, LINE_API.baseUrl(), "tether.inbox.workers=0");
		started.add(intakeOnly::killWithDatabase);
		OrgFixture org = anOrgOn(intakeOnly.client());
		ChannelRef channel = org.aChannel();
		String agent = org.anAgent("Aoi Tanaka");
		String message = org.bindingMessageFor(channel, agent);
		LineWebhook webhook = unsettledWebhookOf(intakeOnly.client(), channel);
		Map<String, String> tokens = new HashMap<>();
		for (int i = 0; i < 20; i++) {
			Map<String, Object> event = text(aLineUserId(), message);
			assertThat(webhook.deliver(event).status()).isEqualTo(200);
			tokens.put(((Map<?, ?>) event.get("source")).get("userId").toString(), LineWebhook.replyToken(event));
		}
		assertThat(tokens.keySet()).allSatisfy(customer -> assertThat(org.contact(channel, customer).status())
			.as("not processed before the crash").isEqualTo(404));

		intakeOnly.killWithDatabase();
		ApplicationProcess restarted = ApplicationProcess.start(dir, LINE_API.baseUrl());
		started.add(restarted::killWithDatabase);
		OrgFixture afterRestart = org.on(restarted.client());

		await("every stored event processed after the restart").atMost(Duration.ofSeconds(60))
			.untilAsserted(() -> assertThat(tokens.entrySet()).allSatisfy(stored -> {
				assertThat(afterRestart.contact(channel, stored.getKey()).json().path("binding").path("agentId")
					.asString()).isEqualTo(agent);
				assertThat(line.repliesWith(stored.getValue())).hasSize(1);
			}));
		assertThat(tokens.keySet()).allSatisfy(customer -> assertThat(afterRestart.replies(channel, customer).json())
			.as("one reply for one event").hasSize(1));
	}

	@Test
	void twoInstancesDrainingOneInboxApplyEachEventOnceAndEachContactsEventsInOrder() throws Exception {
		ConfigurableApplicationContext second = anotherInstance();
		started.add(second::close);
		OrgFixture org = anOrg();
		org.settings("GENERAL", List.of());
		ChannelRef channel = org.aChannel();
		List<String> agents = List.of(org.anAgent("Aoi Tanaka"), org.anAgent("Ren Ito"), org.anAgent("Mio Sato"));
		List<String> messages = agents.stream().map(agent -> org.bindingMessageFor(channel, agent)).toList();
		List<LineWebhook> instances = List.of(unsettledWebhookOf(api, channel),
				unsettledWebhookOf(clientFor(portOf(second)), channel));
		double firstBefore = meters.counter("tether.inbox.processed").count();
		double secondBefore = processedBy(second);
		ExecutorService contacts = Executors.newFixedThreadPool(8);
		Map<String, List<String>> sequences = new HashMap<>();
		List<Future<?>> sent = new ArrayList<>();
		for (int c = 0; c < 24; c++) {
			String customer = aLineUserId();
			List<String> sequence = List.of(agents.get(c % 3), agents.get((c + 1) % 3), agents.get((c + 2) % 3),
					agents.get(c % 3));
			sequences.put(customer, sequence);
			int offset = c;
			sent.add(contacts.submit(() -> {
				for (int i = 0; i < sequence.size(); i++) {
					Map<String, Object> event = text(customer, messages.get(agents.indexOf(sequence.get(i))));
					event.put("timestamp", System.currentTimeMillis() + i);
					assertThat(instances.get((offset + i) % 2).deliver(event).status()).isEqualTo(200);
				}
			}));
		}
		for (Future<?> one : sent) {
			one.get();
		}
		contacts.shutdown();
		awaitInboxProcessed(channel);

		sequences.forEach((customer, sequence) -> {
			assertThat(bindingsOf(customer)).as("bindings of %s, in the order logged", customer)
				.containsExactlyElementsOf(sequence);
			assertThat(org.replies(channel, customer).json()).hasSize(sequence.size());
		});
		assertThat(meters.counter("tether.inbox.processed").count() - firstBefore).as("events this instance processed").isPositive();
		assertThat(processedBy(second) - secondBefore).as("events the other instance processed").isPositive();
	}

	@Test
	void aContactsEventsDeliveredOutOfOrderAreAppliedInLinesTimestampOrder() {
		OrgFixture org = anOrg();
		org.settings("GENERAL", List.of());
		ChannelRef channel = org.aChannel();
		List<String> agents = List.of(org.anAgent("Aoi Tanaka"), org.anAgent("Ren Ito"), org.anAgent("Mio Sato"));
		String customer = aLineUserId();
		long sentAt = System.currentTimeMillis();
		List<Map<String, Object>> newestFirst = new ArrayList<>();
		for (int i = agents.size() - 1; i >= 0; i--) {
			Map<String, Object> event = text(customer, org.bindingMessageFor(channel, agents.get(i)));
			event.put("timestamp", sentAt + i);
			newestFirst.add(event);
		}

		TetherClient.Response answer = webhookOf(channel).deliver(newestFirst.toArray(Map[]::new));

		assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
		assertThat(bindingsOf(customer)).as("bindings in the order logged").containsExactlyElementsOf(agents);
		assertThat(org.contact(channel, customer).json().path("binding").path("agentId").asString())
			.isEqualTo(agents.get(agents.size() - 1));
	}

	@Test
	void overTheDepthLimitTheWebhookAnswers503AndStoresNothing() throws IOException {
		int port = FreePort.any();
		EmbeddedPostgres database = EmbeddedPostgres.builder().setDataDirectory(dir).setPort(port).start();
		started.add(database);
		ConfigurableApplicationContext intakeOnly = anotherInstanceOn("jdbc:postgresql://localhost:" + port + "/postgres",
				"postgres", "", "tether.inbox.workers=0", "tether.inbox.max-depth=3", "tether.inbox.depth-interval=50ms");
		started.add(intakeOnly::close);
		TetherClient tether = clientFor(portOf(intakeOnly));
		ChannelRef channel = anOrgOn(tether).aChannel();
		LineWebhook line = unsettledWebhookOf(tether, channel);
		for (int i = 0; i < 4; i++) {
			assertThat(line.deliver(text(aLineUserId(), "hello")).status()).isEqualTo(200);
		}
		JdbcClient stored = JdbcClient.create(database.getPostgresDatabase());

		await("the inbox counted too deep").atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
			TetherClient.Response refused = line.deliver(text(aLineUserId(), "hello"));
			assertThat(refused.status()).as(refused.toString()).isEqualTo(503);
			assertThat(refused.problemCode()).isEqualTo("INBOX_FULL");
			assertThat(refused.header("Retry-After")).isNotBlank();
		});
		assertThat(stored.sql("select count(*) from line_event").query(Long.class).single()).isEqualTo(4);
	}

	@Test
	void theInboxAndTheRepliesAreMeasured() {
		OrgFixture org = anOrg();
		ChannelRef channel = org.aChannel();
		webhookOf(channel).deliver(text(aLineUserId(), org.bindingMessageFor(channel, org.anAgent("Aoi Tanaka"))));

		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
			TetherClient.Response processed = api.get("/actuator/metrics/tether.inbox.processed", null);
			assertThat(processed.status()).isEqualTo(200);
			assertThat(processed.json().path("measurements").path(0).path("value").asDouble()).isPositive();
			String scrape = api.get("/actuator/prometheus", null).text();
			assertThat(scrape).contains("tether_inbox_depth", "tether_inbox_oldest_age_seconds",
					"tether_inbox_processed_total", "tether_line_replies_total{outcome=\"sent\"",
					"tether_line_reply_latency_seconds");
		});
	}

	private List<String> bindingsOf(String customer) {
		return db.sql("""
				select l.to_agent_id::text from assignment_log l join contact c on c.id = l.contact_id
				where c.line_user_id = ? and l.kind = 'BINDING' order by l.id""")
			.param(customer)
			.query(String.class)
			.list();
	}

	private static double processedBy(ConfigurableApplicationContext instance) {
		return instance.getBean(MeterRegistry.class).counter("tether.inbox.processed").count();
	}
}
