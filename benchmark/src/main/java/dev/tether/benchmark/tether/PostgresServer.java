package dev.tether.benchmark.tether;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
}
