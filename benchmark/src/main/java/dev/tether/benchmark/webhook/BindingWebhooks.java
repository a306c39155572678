package dev.tether.benchmark.webhook;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;

import dev.tether.benchmark.line.LineStub;
import dev.tether.benchmark.load.WebhookBatch;
import dev.tether.benchmark.rig.Rig;

/**
 * Part (b), and the warm-up before it: webhooks that carry the campaign's binding code, each from
 * a new customer, sent by wrk over its connections. After wrk stops, it waits until the LINE stub
 * has received the reply of every acknowledged event, since Tether may process after it answers.
 */
public final class BindingWebhooks {

	private final Rig rig;

	public BindingWebhooks(Rig rig) {
		this.rig = rig;
	}

	/** {@code count} must outlast {@code duration}: each webhook is sent once, and wrk stops when they run out. */
	public BindingRun run(Campaign campaign, int count, Duration duration) throws IOException, InterruptedException {
		WebhookBatch batch = campaign.customers()
			.newOnesSaying(campaign.bindingMessage(), count, rig.batchFile("binding"));
		Rig.Driven driven = rig.drive(campaign.channel().webhookPath(), batch, duration);
		LineStub.Replies replies = rig.stub()
			.awaitReplies(batch.replyTokens(), driven.answers().acknowledged(), rig.replyTimeout());
		List<String> bound = boundCustomers(batch);
		batch.delete();
		return new BindingRun(driven.answers(), driven.cpu(), replies, bound);
	}

	/** A customer whose reply arrived is bound: Tether replies only once the binding is committed. */
	private List<String> boundCustomers(WebhookBatch batch) {
		List<String> tokens = batch.replyTokens();
		return IntStream.range(0, batch.size())
			.filter(i -> rig.stub().repliedAt(tokens.get(i)) > 0)
			.mapToObj(batch.lineUserIds()::get)
			.toList();
	}
}
