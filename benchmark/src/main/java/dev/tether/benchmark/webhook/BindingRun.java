package dev.tether.benchmark.webhook;

import java.util.List;

import dev.tether.benchmark.clock.WallClock;
import dev.tether.benchmark.line.LineStub;
import dev.tether.benchmark.load.WrkResult;
import dev.tether.benchmark.tether.CpuShare;

/** Part (b)'s result: the answers, the replies the LINE stub received for them, and the customers now bound. */
public record BindingRun(WrkResult answers, CpuShare cpu, LineStub.Replies replies, List<String> boundCustomers) {

	/**
	 * Acknowledged events ÷ (first request sent → last reply received): how fast events are
	 * processed end to end, whether Tether does the work before or after it answers.
	 */
	public double processedPerSecond() {
		if (replies.received() == 0) {
			return Double.NaN;
		}
		return answers.acknowledged() / WallClock.secondsBetween(answers.firstRequestMicros(), replies.lastAtMicros());
	}

	/** Acknowledged events whose reply never reached the stub within the wait. */
	public long repliesMissing() {
		return Math.max(0, answers.acknowledged() - replies.received());
	}
}
