package dev.tether.benchmark.tether;

/** CPU used over a stretch of time, in percent of one core (200 % is both cores of this machine); NaN where /proc cannot tell. */
public record CpuShare(double tetherPercent, double postgresPercent) {
}
