package dev.tether.api.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import dev.tether.api.support.IntegrationTest;
import dev.tether.api.support.LineWebhook;
import dev.tether.api.support.OrgFixture;
import dev.tether.api.support.OrgFixture.ChannelRef;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Load harness, not a test: measures binding events per second through the real webhook, over
 * HTTP, against the embedded PostgreSQL. Each request carries one text event from a new contact
 * with an agent's binding code, so each is a full bind: contact, binding, conversation, log,
 * tags, event and reply outbox. Run with {@code ./mvnw -pl assignment-api -am verify -Pbenchmark}.
 */
@Tag("benchmark")
class BindingThroughputBenchmark extends IntegrationTest {

	private static final int WARM_UP = 300;

	private static final int EVENTS = 3_000;

	private static final int CLIENTS = 8;

	@Test
	void bindingEventsPerSecond() throws Exception {
		OrgFixture org = anOrg();
		org.settings("PERMANENT", List.of("campaign-2026"));
		ChannelRef channel = org.aChannel();
		String message = org.bindingMessageFor(channel, org.anAgent("Alice Chen"));
		LineWebhook webhook = webhookOf(channel);

		run(webhook, message, WARM_UP);
		long started = System.nanoTime();
		List<Long> latencies = run(webhook, message, EVENTS);
		double seconds = (System.nanoTime() - started) / 1e9;

		Collections.sort(latencies);
		String result = String.format(
				"binding events: %d in %.2f s = %.0f events/s with %d concurrent clients; latency ms p50 %.1f, p95 %.1f, p99 %.1f, max %.1f%n",
				EVENTS, seconds, EVENTS / seconds, CLIENTS, percentile(latencies, 50), percentile(latencies, 95),
				percentile(latencies, 99), latencies.get(latencies.size() - 1) / 1e6);
		System.out.print(result);
		Files.writeString(Path.of("target", "benchmark-binding.txt"), result);
		assertThat(db.sql("select count(*) from binding where org_id = ?")
			.param(Long.parseLong(org.id()))
			.query(Long.class)
			.single()).isEqualTo(WARM_UP + EVENTS);
	}

	private static List<Long> run(LineWebhook webhook, String message, int events) throws Exception {
		ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
		try {
			List<Future<Long>> sent = new ArrayList<>();
			for (int i = 0; i < events; i++) {
				Map<String, Object> event = LineWebhook.text(LineWebhook.aLineUserId(), message);
				sent.add(clients.submit(() -> {
					long start = System.nanoTime();
					int status = webhook.deliver(event).status();
					if (status != 200) {
						throw new IOException("webhook answered " + status);
					}
					return System.nanoTime() - start;
				}));
			}
			List<Long> latencies = new ArrayList<>();
			for (Future<Long> one : sent) {
				latencies.add(one.get());
			}
			return latencies;
		}
		finally {
			clients.shutdown();
		}
	}

	private static double percentile(List<Long> sorted, int percentile) {
		return sorted.get(Math.min(sorted.size() - 1, sorted.size() * percentile / 100)) / 1e6;
	}
}
