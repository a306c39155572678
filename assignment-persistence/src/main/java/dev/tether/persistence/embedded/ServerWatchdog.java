package dev.tether.persistence.embedded;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.apache.commons.logging.Log;

/**
 * Stops the embedded PostgreSQL when the JVM dies without running its shutdown hooks
 * ({@code kill -9}, an out-of-memory kill). The server runs detached from the JVM, so nothing
 * else would stop it; a small shell process waits for the JVM to go and then asks the server
 * for a fast shutdown. Where there is no POSIX shell, a restart stops the server instead
 * ({@link ServerLeftBehind}).
 */
final class ServerWatchdog {

	private static final Path SHELL = Path.of("/bin/sh");

	/**
	 * $1 the JVM, $2 the postmaster, $3 its pid file. The pid file must still name the postmaster,
	 * so a number reused by another program after a clean stop is never signalled.
	 */
	private static final String SCRIPT = """
			while kill -0 "$1" 2>/dev/null; do sleep 1; done
			if [ "$(head -n 1 "$3" 2>/dev/null)" = "$2" ]; then kill -INT "$2"; fi
			""";

	private final @Nullable Process process;

	private ServerWatchdog(@Nullable Process process) {
		this.process = process;
	}

	static ServerWatchdog watch(Path directory, Log log) {
		Path pidFile = directory.resolve("postmaster.pid");
		if (!Files.isExecutable(SHELL)) {
			return new ServerWatchdog(null);
		}
		try {
			String postmaster = Files.readAllLines(pidFile).get(0).strip();
			Process process = new ProcessBuilder(List.of(SHELL.toString(), "-c", SCRIPT, "tether-postgres-watchdog",
					Long.toString(ProcessHandle.current().pid()), postmaster, pidFile.toString()))
				.redirectOutput(ProcessBuilder.Redirect.DISCARD)
				.redirectError(ProcessBuilder.Redirect.DISCARD)
				.start();
			return new ServerWatchdog(process);
		}
		catch (IOException | IndexOutOfBoundsException ex) {
			log.warn("Could not watch the embedded PostgreSQL in " + directory
					+ "; after a crash, the next start stops it", ex);
			return new ServerWatchdog(null);
		}
	}

	/** The server stopped cleanly: nothing is left to watch. */
	void dismiss() {
		if (process != null) {
			process.destroy();
		}
	}
}
