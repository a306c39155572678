package dev.tether.benchmark.schedule;

/**
 * Part (g)'s result: for each team, the delay from its schedule's opening to its first queued
 * conversation being assigned (ms), and how many of the queued conversations were assigned.
 */
public record BoundaryRun(int teams, int queued, int assigned, double p50Millis, double p99Millis, double maxMillis) {
}
