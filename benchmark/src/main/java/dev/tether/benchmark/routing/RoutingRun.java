package dev.tether.benchmark.routing;

import dev.tether.benchmark.load.WrkResult;
import dev.tether.benchmark.tether.CpuShare;

/** Part (e)'s result for one team: the answers, the conversations the team assigned, and how fast. */
public record RoutingRun(int teamSize, boolean analyzed, WrkResult answers, long assigned, double decisionsPerSecond, CpuShare cpu) {
}
