package dev.tether.benchmark.webhook;

import dev.tether.benchmark.tether.CpuShare;

/**
 * Part (d)'s result: {@code sent} binding webhooks at {@code rate} per second. Answer latencies are
 * of every answer, timed from when its webhook was due; reply latencies from when an acknowledged
 * webhook was due to when the LINE stub received its reply.
 */
public record HalfRateRun(double rate, int sent, long acknowledged, long notAcknowledged, double p50AnswerMillis,
		double p99AnswerMillis, double p99ReplyMillis, long repliesMissing, CpuShare cpu) {
}
