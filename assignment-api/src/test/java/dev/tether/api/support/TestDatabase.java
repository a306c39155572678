package dev.tether.api.support;

import java.nio.file.Files;
import java.nio.file.Path;

import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * Chooses the tests' PostgreSQL: the server {@code SPRING_DATASOURCE_URL} names; else a
 * Testcontainers PostgreSQL 17 when a Docker engine answers; else (the usual case) the embedded
 * one the application starts by itself. The choice is made before the context starts, through
 * system properties, so the application's own embedded-database switch sees it.
 */
final class TestDatabase {

	private static PostgreSQLContainer container;

	private TestDatabase() {
	}

	static synchronized void choose() {
		if (System.getenv("SPRING_DATASOURCE_URL") != null || System.getProperty("spring.datasource.url") != null
				|| !dockerEngineLikely() || !DockerClientFactory.instance().isDockerAvailable()) {
			return;
		}
		container = new PostgreSQLContainer("postgres:17");
		container.start();
		System.setProperty("spring.datasource.url", container.getJdbcUrl());
		System.setProperty("spring.datasource.username", container.getUsername());
		System.setProperty("spring.datasource.password", container.getPassword());
	}

	/** Asking Testcontainers on a machine without Docker costs seconds of probing; look first. */
	private static boolean dockerEngineLikely() {
		return System.getenv("DOCKER_HOST") != null || Files.exists(Path.of("/var/run/docker.sock"));
	}
}
