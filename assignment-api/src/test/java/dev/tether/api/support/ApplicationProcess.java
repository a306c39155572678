package dev.tether.api.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.tether.api.TetherApplication;
import org.awaitility.Awaitility;

/**
 * Tether as an operator runs it: its own JVM, with the embedded PostgreSQL in a data directory
 * that outlives the process, so a test can kill it the way a crash or a container stop does and
 * start it again on the same data.
 */
public final class ApplicationProcess {

	private final Path dataDir;

	private final Process process;

	private final int port;

	private ApplicationProcess(Path dataDir, Process process, int port) {
		this.dataDir = dataDir;
		this.process = process;
		this.port = port;
	}

	/** Starts Tether on the data directory, answering LINE calls from the tests' stub, and waits until it serves. */
	public static ApplicationProcess start(Path dataDir, String lineApiBaseUrl, String... settings) {
		int port = FreePort.any();
		List<String> command = new ArrayList<>(List.of(javaBinary(), "-Xmx256m", "-XX:TieredStopAtLevel=1", "-cp",
				System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")),
				TetherApplication.class.getName(), "--server.port=" + port, "--tether.data-dir=" + dataDir,
				"--tether.admin-token=" + IntegrationTest.ADMIN_TOKEN, "--tether.line.api-base-url=" + lineApiBaseUrl,
				"--spring.main.banner-mode=off"));
		for (String setting : settings) {
			command.add("--" + setting);
		}
		try {
			Files.createDirectories(dataDir);
			Process process = new ProcessBuilder(command).redirectErrorStream(true)
				.redirectOutput(ProcessBuilder.Redirect.appendTo(dataDir.resolve("tether.log").toFile()))
				.start();
			ApplicationProcess application = new ApplicationProcess(dataDir, process, port);
			application.awaitServing();
			return application;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public TetherClient client() {
		return new TetherClient("http://localhost:" + port);
	}

	public Path dataDir() {
		return dataDir;
	}

	/** The embedded PostgreSQL's postmaster, while its pid file names a running one. */
	public Optional<ProcessHandle> postmaster() {
		Path pidFile = dataDir.resolve("postgres").resolve("postmaster.pid");
		try {
			if (!Files.exists(pidFile)) {
				return Optional.empty();
			}
			long pid = Long.parseLong(Files.readAllLines(pidFile).get(0).strip());
			return ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
		}
		catch (IOException | RuntimeException ex) {
			return Optional.empty();
		}
	}

	/** The embedded PostgreSQL's port, from its pid file. */
	public int databasePort() {
		try {
			return Integer.parseInt(Files.readAllLines(dataDir.resolve("postgres").resolve("postmaster.pid")).get(3).strip());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The processes this JVM started itself, such as the database's watchdog. */
	public List<ProcessHandle> children() {
		return process.toHandle().children().toList();
	}

	/** {@code kill -9} of the JVM alone: no shutdown hook runs. */
	public void killJvm() {
		process.destroyForcibly();
		waitFor(process.toHandle());
	}

	/** What a power cut or a container kill does: the JVM and its database die at the same instant. */
	public void killWithDatabase() {
		Optional<ProcessHandle> postmaster = postmaster();
		List<ProcessHandle> database = postmaster.map(pm -> {
			List<ProcessHandle> all = new ArrayList<>(pm.descendants().toList());
			all.add(pm);
			return all;
		}).orElse(List.of());
		process.destroyForcibly();
		database.forEach(ProcessHandle::destroyForcibly);
		waitFor(process.toHandle());
		database.forEach(ApplicationProcess::waitFor);
	}

	/** A clean stop, as Ctrl-C or a container's SIGTERM: shutdown hooks run. */
	public void stop() {
		process.destroy();
		waitFor(process.toHandle());
	}

	private void awaitServing() {
		TetherClient client = client();
		Awaitility.await("Tether serving on port " + port + " (log: " + dataDir.resolve("tether.log") + ")")
			.atMost(Duration.ofSeconds(120))
			.pollInterval(Duration.ofMillis(250))
			.until(() -> {
				if (!process.isAlive()) {
					throw new IllegalStateException("Tether exited with " + process.exitValue() + "; see "
							+ dataDir.resolve("tether.log"));
				}
				try {
					return client.get("/actuator/health", null).status() == 200;
				}
				catch (UncheckedIOException notYet) {
					return false;
				}
			});
	}

	private static void waitFor(ProcessHandle process) {
		process.onExit().orTimeout(30, java.util.concurrent.TimeUnit.SECONDS).join();
	}

	private static String javaBinary() {
		return Path.of(System.getProperty("java.home"), "bin", "java").toString();
	}
}
