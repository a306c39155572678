package dev.tether.benchmark.webhook;

import dev.tether.benchmark.load.WrkResult;
import dev.tether.benchmark.tether.CpuShare;

/** Part (c)'s result: the answers to plain texts from {@code customers} known customers, and the CPU used. */
public record PlainRun(WrkResult answers, CpuShare cpu, int customers) {
}
