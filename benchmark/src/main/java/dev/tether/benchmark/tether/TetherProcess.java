package dev.tether.benchmark.tether;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The built Tether jar in a child process, started the way the README's run command starts it:
 * {@code java -jar tether.jar}, with the embedded PostgreSQL (durable) in a fresh data directory,
 * a fixed admin token, its own port and the LINE API pointed at the stub. Closing it stops Tether
 * (and so its PostgreSQL); a PostgreSQL that outlives it is stopped by its process id.
 */
public final class TetherProcess implements AutoCloseable {

	private static final String ADMIN_TOKEN = "tt_benchmark_platform_admin";

	private final Process process;

	private final URI baseUrl;

	private final Path log;

	private final PostgresServer postgres;

	private TetherProcess(Process process, URI baseUrl, Path log, PostgresServer postgres) {
		this.process = process;
		this.baseUrl = baseUrl;
		this.log = log;
		this.postgres = postgres;
	}

	/** Starts the jar with these JVM flags (the heap limit among them) and waits until it is healthy. */
	public static TetherProcess start(Path jar, String jvmFlags, URI lineApi, Path dataDirectory, Path log,
			Duration timeout) throws IOException, InterruptedException {
		if (!Files.isRegularFile(jar)) {
			throw new IllegalStateException(jar.toAbsolutePath() + " does not exist: build it first with"
					+ " ./mvnw -q -DskipTests package");
		}
		int port = freePort();
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		command.addAll(Arrays.stream(jvmFlags.trim().split("\\s+")).filter(flag -> !flag.isEmpty()).toList());
		command.addAll(List.of("-jar", jar.toAbsolutePath().toString()));
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
		builder.environment()
			.putAll(Map.of("TETHER_DATA_DIR", dataDirectory.toString(), "TETHER_ADMIN_TOKEN", ADMIN_TOKEN, "SERVER_PORT",
					Integer.toString(port), "TETHER_LINE_API_BASE_URL", lineApi.toString()));
		Process process = builder.start();
		URI baseUrl = URI.create("http://127.0.0.1:" + port);
		TetherApi api = new TetherApi(baseUrl);
		long deadline = System.nanoTime() + timeout.toNanos();
		while (!api.healthy()) {
			if (!process.isAlive() || System.nanoTime() > deadline) {
				process.destroyForcibly();
				throw new IllegalStateException("Tether did not become healthy within " + timeout + ":\n" + tail(log));
			}
			Thread.sleep(250);
		}
		return new TetherProcess(process, baseUrl, log, PostgresServer.in(dataDirectory));
	}

	public URI baseUrl() {
		return baseUrl;
	}

	public String adminToken() {
		return ADMIN_TOKEN;
	}

	public long pid() {
		return process.pid();
	}

	public PostgresServer postgres() {
		return postgres;
	}

	public boolean isAlive() {
		return process.isAlive();
	}

	/** Whether the JVM ever said it ran out of memory (it may carry on in a broken state). */
	public boolean ranOutOfMemory() throws IOException {
		try (Stream<String> lines = Files.lines(log, StandardCharsets.UTF_8)) {
			return lines.anyMatch(line -> line.contains("OutOfMemoryError"));
		}
	}

	@Override
	public void close() throws InterruptedException {
		ProcessStop.stop(process.toHandle(), Duration.ofSeconds(30));
		Optional<ProcessHandle> leftBehind = ProcessHandle.of(postgres.postmasterPid())
			.filter(handle -> handle.info().command().map(command -> command.contains("postgres")).orElse(false));
		if (leftBehind.isPresent()) {
			ProcessStop.stop(leftBehind.get(), Duration.ofSeconds(10));
		}
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	private static String tail(Path log) throws IOException {
		List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
		return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
	}
}
