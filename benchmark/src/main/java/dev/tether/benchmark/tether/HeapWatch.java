package dev.tether.benchmark.tether;

import java.util.OptionalDouble;

/**
 * Reads, every second in the background, how full Tether's long-lived heap (the old generation)
 * was after its last collection (Micrometer's {@code jvm.memory.usage.after.gc}), and keeps the
 * highest. That is what stays live; the heap in use between collections says little, as the
 * collector lets it fill up towards the limit.
 */
public final class HeapWatch implements AutoCloseable {

	private final Thread sampler;

	private volatile double peakPercent = Double.NaN;

	private HeapWatch(TetherApi api) {
		sampler = new Thread(() -> {
			try {
				while (!Thread.currentThread().isInterrupted()) {
					api.longLivedHeapPercentAfterGc()
						.ifPresent(percent -> peakPercent = Double.isNaN(peakPercent) ? percent
								: Math.max(peakPercent, percent));
					Thread.sleep(1_000);
				}
			}
			catch (InterruptedException stopped) {
				Thread.currentThread().interrupt();
			}
		}, "heap-watch");
		sampler.setDaemon(true);
	}

	public static HeapWatch start(TetherApi api) {
		HeapWatch watch = new HeapWatch(api);
		watch.sampler.start();
		return watch;
	}

	public OptionalDouble peakPercent() {
		double peak = peakPercent;
		return Double.isNaN(peak) ? OptionalDouble.empty() : OptionalDouble.of(peak);
	}

	@Override
	public void close() {
		sampler.interrupt();
	}
}
