package dev.tether.benchmark.webhook;

import java.io.IOException;
import java.time.Duration;
import java.util.List;

import dev.tether.benchmark.clock.Percentile;
import dev.tether.benchmark.line.LineStub;
import dev.tether.benchmark.load.PacedAnswer;
import dev.tether.benchmark.load.PacedRun;
import dev.tether.benchmark.load.WebhookBatch;
import dev.tether.benchmark.rig.Rig;
import dev.tether.benchmark.tether.CpuShare;
import dev.tether.benchmark.tether.ProcessCpu;

/**
 * Part (d): latency when Tether is not saturated. Binding webhooks from new customers at a fixed
 * rate (by default half of what (b) acknowledged) from the paced sender; percentiles are exact,
 * from every sample. A reply is matched to its webhook by the reply token.
 */
public final class HalfRateLatency {

	private final Rig rig;

	private final int maxInFlight;

	public HalfRateLatency(Rig rig, int maxInFlight) {
		this.rig = rig;
		this.maxInFlight = maxInFlight;
	}

	public HalfRateRun run(Campaign campaign, double rate, Duration duration) throws IOException, InterruptedException {
		int count = (int) Math.ceil(rate * duration.toMillis() / 1000.0);
		WebhookBatch batch = campaign.customers()
			.newOnesSaying(campaign.bindingMessage(), count, rig.batchFile("half-rate"));
		rig.cpu().awaitIdle(rig.settleTimeout());
		ProcessCpu.Sample before = rig.cpu().sample();
		List<PacedAnswer> answers = PacedRun.send(rig.tether().resolve(campaign.channel().webhookPath()), batch, rate,
				maxInFlight, duration.plus(rig.replyTimeout()));
		CpuShare cpu = before.until(rig.cpu().sample());

		List<String> tokens = batch.replyTokens();
		List<PacedAnswer> acknowledged = answers.stream().filter(PacedAnswer::acknowledged).toList();
		List<String> acknowledgedTokens = acknowledged.stream().map(answer -> tokens.get(answer.index())).toList();
		LineStub.Replies replies = rig.stub()
			.awaitReplies(acknowledgedTokens, acknowledgedTokens.size(), rig.replyTimeout());
		double[] answerMillis = answers.stream()
			.filter(answer -> answer.status() != 0)
			.mapToDouble(PacedAnswer::answerMillis)
			.toArray();
		double[] replyMillis = acknowledged.stream()
			.filter(answer -> rig.stub().repliedAt(tokens.get(answer.index())) > 0)
			.mapToDouble(answer -> (rig.stub().repliedAt(tokens.get(answer.index())) - answer.scheduledMicros()) / 1000.0)
			.toArray();
		batch.delete();
		return new HalfRateRun(rate, count, acknowledged.size(), count - acknowledged.size(), Percentile.nearestRank(answerMillis, 50),
				Percentile.nearestRank(answerMillis, 99), Percentile.nearestRank(replyMillis, 99), acknowledged.size() - replies.received(), cpu);
	}
}
