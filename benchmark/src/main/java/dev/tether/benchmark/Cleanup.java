package dev.tether.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Deque;
import java.util.stream.Stream;

import dev.tether.benchmark.tether.ProcessStop;

/**
 * Undoes what a run set up, once, however the run ends: at its end, on a failure, or from the
 * shutdown hook on Ctrl-C. Closes what was opened, last first (Tether, which stops its PostgreSQL,
 * before the stub), ends any child process still running (a load generator, or a Tether still
 * starting: only this JVM's own children, by id, asked to stop before they are killed), then
 * deletes the temporary directory with Tether's data.
 */
final class Cleanup implements Runnable {

	private final Path temporary;

	private final Deque<AutoCloseable> opened = new ArrayDeque<>();

	private boolean done;

	Cleanup(Path temporary) {
		this.temporary = temporary;
	}

	synchronized <T extends AutoCloseable> T closeLater(T resource) {
		opened.push(resource);
		return resource;
	}

	synchronized boolean hasRun() {
		return done;
	}

	@Override
	public synchronized void run() {
		if (done) {
			return;
		}
		done = true;
		while (!opened.isEmpty()) {
			try {
				opened.pop().close();
			}
			catch (Exception ex) {
				System.err.println("Cleaning up: " + ex);
			}
		}
		for (ProcessHandle child : ProcessHandle.current().children().toList()) {
			try {
				ProcessStop.stop(child, Duration.ofSeconds(30));
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
		try (Stream<Path> files = Files.walk(temporary)) {
			files.sorted(Comparator.reverseOrder()).forEach(Cleanup::delete);
		}
		catch (IOException | UncheckedIOException ex) {
			System.err.println("Could not delete " + temporary + ": " + ex);
		}
	}

	private static void delete(Path path) {
		try {
			Files.deleteIfExists(path);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
