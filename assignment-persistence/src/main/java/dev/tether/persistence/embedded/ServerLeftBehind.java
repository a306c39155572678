package dev.tether.persistence.embedded;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.commons.logging.Log;

/**
 * A PostgreSQL server that a crashed Tether left running on its data directory. It holds the
 * directory, so a new server could not start there; it is stopped first. A directory that a
 * living Tether still uses (it holds the directory's lock) is never touched.
 */
final class ServerLeftBehind {

	/** The lock file the embedded library holds while its server runs. */
	private static final String LOCK_FILE = "epg-lock";

	private static final Duration SHUTDOWN = Duration.ofSeconds(20);

	private final Path directory;

	private final Log log;

	ServerLeftBehind(Path directory, Log log) {
		this.directory = directory;
		this.log = log;
	}

	void stop() throws IOException {
		Optional<ProcessHandle> server = postmaster();
		if (server.isEmpty()) {
			return;
		}
		refuseIfInUse();
		ProcessHandle postmaster = server.get();
		log.warn("Stopping the PostgreSQL server (pid " + postmaster.pid() + ") that an earlier run left on "
				+ directory);
		// SIGTERM: a smart shutdown, which ends at once since the crashed JVM's sessions are gone.
		postmaster.destroy();
		if (!exited(postmaster, SHUTDOWN)) {
			log.warn("PostgreSQL (pid " + postmaster.pid() + ") did not stop within " + SHUTDOWN
					+ "; killing it and its processes");
			postmaster.descendants().forEach(ProcessHandle::destroyForcibly);
			postmaster.destroyForcibly();
			if (!exited(postmaster, SHUTDOWN)) {
				throw new IOException("PostgreSQL (pid " + postmaster.pid() + ") still runs on " + directory);
			}
		}
	}

	/**
	 * The server that {@code postmaster.pid} names, if it still runs on this directory. A stale file
	 * whose process is gone, or whose number now belongs to another program, names nothing.
	 */
	private Optional<ProcessHandle> postmaster() throws IOException {
		Path pidFile = directory.resolve("postmaster.pid");
		if (!Files.exists(pidFile)) {
			return Optional.empty();
		}
		List<String> lines = Files.readAllLines(pidFile);
		if (lines.size() < 2 || !Path.of(lines.get(1).strip()).toAbsolutePath().normalize().equals(directory)) {
			return Optional.empty();
		}
		long pid;
		try {
			pid = Long.parseLong(lines.get(0).strip());
		}
		catch (NumberFormatException ex) {
			return Optional.empty();
		}
		return ProcessHandle.of(pid)
			.filter(ProcessHandle::isAlive)
			.filter(process -> process.info().command().map(command -> command.contains("postgres")).orElse(true));
	}

	private void refuseIfInUse() throws IOException {
		Path lockFile = directory.resolve(LOCK_FILE);
		if (!Files.exists(lockFile)) {
			return;
		}
		try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE);
				FileLock lock = channel.tryLock()) {
			if (lock == null) {
				throw inUse();
			}
		}
		catch (OverlappingFileLockException ex) {
			throw inUse();
		}
	}

	private IOException inUse() {
		return new IOException("Another running Tether uses the database in " + directory
				+ "; give each instance its own TETHER_DATA_DIR");
	}

	private static boolean exited(ProcessHandle process, Duration within) {
		try {
			process.onExit().get(within.toMillis(), TimeUnit.MILLISECONDS);
			return true;
		}
		catch (TimeoutException ex) {
			return false;
		}
		catch (ExecutionException ex) {
			return !process.isAlive();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return !process.isAlive();
		}
	}
}
