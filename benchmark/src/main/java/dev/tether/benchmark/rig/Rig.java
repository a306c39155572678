package dev.tether.benchmark.rig;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import dev.tether.benchmark.line.LineStub;
import dev.tether.benchmark.load.LoadShape;
import dev.tether.benchmark.load.WebhookBatch;
import dev.tether.benchmark.load.Wrk;
import dev.tether.benchmark.load.WrkResult;
import dev.tether.benchmark.tether.CpuShare;
import dev.tether.benchmark.tether.ProcessCpu;

/**
 * The harness around the running Tether: wrk with its load shape, the LINE stub, the CPU meter,
 * and the directory batch files are written to. {@code settleTimeout} bounds the wait for Tether
 * to go idle before a part; {@code replyTimeout} the wait for a part's replies or assignments.
 */
public record Rig(URI tether, Wrk wrk, LoadShape shape, LineStub stub, ProcessCpu cpu, Path files,
		Duration settleTimeout, Duration replyTimeout) {

	/** A fresh file for a batch of webhooks. */
	public Path batchFile(String name) throws IOException {
		return Files.createTempFile(files, name + "-", ".txt");
	}

	/**
	 * Once Tether is idle, sends the batch to the channel's webhook with wrk for {@code duration},
	 * and notes the CPU Tether and PostgreSQL used meanwhile.
	 */
	public Driven drive(String webhookPath, WebhookBatch batch, Duration duration)
			throws IOException, InterruptedException {
		cpu.awaitIdle(settleTimeout);
		ProcessCpu.Sample before = cpu.sample();
		WrkResult answers = wrk.run(tether.resolve(webhookPath), batch, shape, duration);
		return new Driven(answers, before.until(cpu.sample()));
	}

	/** What wrk saw, and the CPU used while it ran. */
	public record Driven(WrkResult answers, CpuShare cpu) {
	}
}
