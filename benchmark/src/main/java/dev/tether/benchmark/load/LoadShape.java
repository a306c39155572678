package dev.tether.benchmark.load;

import java.time.Duration;

/**
 * How wrk loads Tether: {@code connections} kept busy by {@code threads}, each request given up
 * as a timeout after {@code timeout} (wrk leaves such answers out of its latencies, so the
 * default is far above LINE's 2 s).
 */
public record LoadShape(int connections, int threads, Duration timeout) {
}
