package dev.tether.benchmark.tether;

import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** How the benchmark ends a process it started: gently first, by force if it will not go. */
public final class ProcessStop {

	private ProcessStop() {
	}

	/**
	 * SIGTERM, which lets a JVM run its shutdown hooks (Tether's stops its PostgreSQL) and lets
	 * PostgreSQL shut down cleanly; SIGKILL if the process is still there after {@code grace}.
	 */
	public static void stop(ProcessHandle process, Duration grace) throws InterruptedException {
		process.destroy();
		try {
			process.onExit().get(grace.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (ExecutionException | TimeoutException stillThere) {
			process.destroyForcibly();
		}
	}
}
