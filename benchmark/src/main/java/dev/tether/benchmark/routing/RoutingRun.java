package dev.tether.benchmark.routing;

import dev.tether.benchmark.load.WrkResult;
import dev.tether.benchmark.tether.CpuShare;

/**
 * Part (e)'s or (f)'s result for one team: the answers, the conversations the team assigned, and
 * how fast; {@code scheduled} when the team and every member had a schedule (f).
 */
public record RoutingRun(int teamSize, boolean analyzed, boolean scheduled, WrkResult answers, long assigned,
		double decisionsPerSecond, CpuShare cpu) {
}
