package dev.tether.benchmark.tether;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;

/**
 * CPU time of Tether's JVM and of its PostgreSQL (the postmaster, every backend, and the backends
 * that have exited), read from Linux's {@code /proc}. Elsewhere it reads nothing and says so.
 */
public final class ProcessCpu {

	/** Linux reports CPU times in ticks of 1/100 s to user space on every common architecture. */
	private static final double TICKS_PER_SECOND = 100;

	/** Below this, together, Tether and PostgreSQL count as idle: background polling only. */
	private static final double IDLE_PERCENT = 25;

	private final long tetherPid;

	private final long postmasterPid;

	public ProcessCpu(long tetherPid, long postmasterPid) {
		this.tetherPid = tetherPid;
		this.postmasterPid = postmasterPid;
	}

	public Sample sample() throws IOException {
		if (!Files.isDirectory(Path.of("/proc", Long.toString(postmasterPid)))) {
			return new Sample(-1, -1, System.nanoTime());
		}
		long postgres = ticks(postmasterPid, true);
		try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
			postgres += processes.map(path -> path.getFileName().toString())
				.filter(name -> name.chars().allMatch(Character::isDigit))
				.mapToLong(Long::parseLong)
				.filter(pid -> parentOf(pid) == postmasterPid)
				.map(pid -> ticks(pid, false))
				.sum();
		}
		return new Sample(ticks(tetherPid, false), postgres, System.nanoTime());
	}

	/**
	 * Waits until Tether and PostgreSQL are idle, so one part's leftover work (replies still going
	 * out, events still being processed) is not measured in the next. Gives up after {@code timeout}.
	 */
	public void awaitIdle(Duration timeout) throws IOException, InterruptedException {
		long deadline = System.nanoTime() + timeout.toNanos();
		Sample before = sample();
		do {
			Thread.sleep(1_000);
			Sample after = sample();
			CpuShare share = before.until(after);
			if (Double.isNaN(share.tetherPercent()) || share.tetherPercent() + share.postgresPercent() < IDLE_PERCENT) {
				return;
			}
			before = after;
		}
		while (System.nanoTime() < deadline);
	}

	/** utime + stime, with the reaped children's times for the postmaster (its exited backends). */
	private static long ticks(long pid, boolean withReapedChildren) {
		String[] fields = statFields(pid);
		if (fields.length == 0) {
			return 0;
		}
		long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
		return withReapedChildren ? ticks + Long.parseLong(fields[13]) + Long.parseLong(fields[14]) : ticks;
	}

	private static long parentOf(long pid) {
		String[] fields = statFields(pid);
		return fields.length == 0 ? -1 : Long.parseLong(fields[1]);
	}

	/** The fields of /proc/pid/stat after the command name, which may itself hold spaces and parentheses. */
	private static String[] statFields(long pid) {
		try {
			String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
			return stat.substring(stat.lastIndexOf(')') + 2).split(" ");
		}
		catch (IOException gone) {
			return new String[0];
		}
	}

	/** CPU ticks of both at one moment; negative where they cannot be read. */
	public record Sample(long tetherTicks, long postgresTicks, long nanos) {

		public CpuShare until(Sample later) {
			if (tetherTicks < 0 || later.tetherTicks < 0) {
				return new CpuShare(Double.NaN, Double.NaN);
			}
			double seconds = (later.nanos - nanos) / 1e9;
			return new CpuShare(percent(later.tetherTicks - tetherTicks, seconds),
					percent(later.postgresTicks - postgresTicks, seconds));
		}

		private static double percent(long ticks, double seconds) {
			return 100 * ticks / TICKS_PER_SECOND / seconds;
		}
	}
}
