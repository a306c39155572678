package dev.tether.benchmark.clock;

import java.util.Arrays;

/** Exact percentiles of measured times. */
public final class Percentile {

	private Percentile() {
	}

	/** The nearest-rank percentile: the smallest sample that at least {@code percent} % of samples do not exceed. */
	public static double nearestRank(double[] samples, double percent) {
		if (samples.length == 0) {
			return Double.NaN;
		}
		double[] sorted = samples.clone();
		Arrays.sort(sorted);
		return sorted[Math.max(0, (int) Math.ceil(percent / 100 * sorted.length) - 1)];
	}
}
