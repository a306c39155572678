package dev.tether.benchmark.tether;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The embedded PostgreSQL Tether started, as its {@code postmaster.pid} describes it (line 1 the
 * postmaster's process id, line 4 the port). It trusts local connections as {@code postgres}.
 */
public record PostgresServer(long postmasterPid, int port) {

	static PostgresServer in(Path dataDirectory) throws IOException {
		List<String> pidFile = Files.readAllLines(dataDirectory.resolve("postgres").resolve("postmaster.pid"));
		return new PostgresServer(Long.parseLong(pidFile.get(0).trim()), Integer.parseInt(pidFile.get(3).trim()));
	}

	public String jdbcUrl() {
		return "jdbc:postgresql://localhost:" + port + "/postgres?user=postgres";
	}

	/** Brings the planner's statistics up to date, as autovacuum does within a minute or so of a bulk change. */
	public void analyze() throws SQLException {
		try (Connection connection = DriverManager.getConnection(jdbcUrl());
				Statement analyze = connection.createStatement()) {
			analyze.execute("analyze");
		}
	}
}
