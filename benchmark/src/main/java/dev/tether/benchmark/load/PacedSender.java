package dev.tether.benchmark.load;

import java.io.BufferedWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.locks.LockSupport;

import dev.tether.benchmark.clock.WallClock;

/**
 * Sends a batch of webhooks at a fixed rate, however long the answers take, from a JVM of its own
 * ({@link PacedRun} starts it). wrk keeps a fixed number of requests in flight instead, so it
 * cannot hold a rate. Each answer is timed from when its request was due, not from when it went
 * out, so a sender held back by its in-flight limit shows in the latencies instead of hiding them.
 *
 * <p>Arguments: webhook URL, batch file, rate per second, most requests in flight, output file.
 * The output has one line per webhook: index, due, status, answered (see {@link PacedAnswer}).
 */
public final class PacedSender {

	private static final Duration ANSWER_TIMEOUT = Duration.ofSeconds(30);

	private PacedSender() {
	}

	public static void main(String[] args) throws Exception {
		URI webhook = URI.create(args[0]);
		List<WebhookBatch.SignedBody> batch = WebhookBatch.read(Path.of(args[1]));
		double rate = Double.parseDouble(args[2]);
		Semaphore inFlight = new Semaphore(Integer.parseInt(args[3]));
		HttpClient http = HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(Duration.ofSeconds(5))
			.build();
		warmUp(http, webhook.resolve("/actuator/health"));

		int count = batch.size();
		long[] due = new long[count];
		long[] answered = new long[count];
		int[] status = new int[count];
		CompletableFuture<?>[] answers = new CompletableFuture<?>[count];
		long startNanos = System.nanoTime();
		long startMicros = WallClock.micros();
		for (int i = 0; i < count; i++) {
			long dueNanos = startNanos + (long) (i * 1e9 / rate);
			for (long wait = dueNanos - System.nanoTime(); wait > 0; wait = dueNanos - System.nanoTime()) {
				LockSupport.parkNanos(wait);
			}
			inFlight.acquire();
			due[i] = startMicros + (dueNanos - startNanos) / 1000;
			int index = i;
			answers[i] = http.sendAsync(request(webhook, batch.get(i)), HttpResponse.BodyHandlers.discarding())
				.handle((response, failure) -> {
					answered[index] = startMicros + (System.nanoTime() - startNanos) / 1000;
					status[index] = failure == null ? response.statusCode() : 0;
					inFlight.release();
					return null;
				});
		}
		CompletableFuture.allOf(answers).join();
		try (BufferedWriter out = Files.newBufferedWriter(Path.of(args[4]), StandardCharsets.UTF_8)) {
			for (int i = 0; i < count; i++) {
				out.write(i + " " + due[i] + " " + status[i] + " " + answered[i] + "\n");
			}
		}
	}

	private static HttpRequest request(URI webhook, WebhookBatch.SignedBody signed) {
		return HttpRequest.newBuilder(webhook)
			.timeout(ANSWER_TIMEOUT)
			.header("Content-Type", "application/json; charset=utf-8")
			.header("X-Line-Signature", signed.signature())
			.POST(HttpRequest.BodyPublishers.ofString(signed.body(), StandardCharsets.UTF_8))
			.build();
	}

	/** Loads the client's classes and opens a connection, so the first webhooks are not timed with them. */
	private static void warmUp(HttpClient http, URI health) throws Exception {
		for (int i = 0; i < 20; i++) {
			http.send(HttpRequest.newBuilder(health).build(), HttpResponse.BodyHandlers.discarding());
		}
	}
}
