package dev.tether.benchmark.load;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs the {@link PacedSender} in a JVM of its own, on this JVM's class path, and reads back what it saw. */
public final class PacedRun {

	private PacedRun() {
	}

	/** Sends the whole batch at {@code rate} per second; {@code patience} bounds the wait for the sender. */
	public static List<PacedAnswer> send(URI webhook, WebhookBatch batch, double rate, int maxInFlight,
			Duration patience) throws IOException, InterruptedException {
		Path answers = Files.createTempFile(batch.file().getParent(), "paced-", ".out");
		Path log = Files.createTempFile(batch.file().getParent(), "paced-", ".log");
		Path java = Path.of(System.getProperty("java.home"), "bin", "java");
		Process sender = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
				PacedSender.class.getName(), webhook.toString(), batch.file().toString(), Double.toString(rate),
				Integer.toString(maxInFlight), answers.toString())
			.redirectErrorStream(true)
			.redirectOutput(log.toFile())
			.start();
		if (!sender.waitFor(patience.toSeconds(), TimeUnit.SECONDS)) {
			sender.destroyForcibly();
			throw new IllegalStateException("The paced sender did not finish within " + patience + "; see " + log);
		}
		if (sender.exitValue() != 0) {
			throw new IllegalStateException("The paced sender failed:\n" + Files.readString(log));
		}
		List<PacedAnswer> result = Files.readAllLines(answers, StandardCharsets.UTF_8).stream().map(line -> {
			String[] fields = line.split(" ");
			return new PacedAnswer(Integer.parseInt(fields[0]), Long.parseLong(fields[1]), Integer.parseInt(fields[2]),
					Long.parseLong(fields[3]));
		}).toList();
		Files.delete(answers);
		Files.delete(log);
		return result;
	}
}
