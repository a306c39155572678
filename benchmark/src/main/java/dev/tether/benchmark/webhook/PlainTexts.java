package dev.tether.benchmark.webhook;

import java.io.IOException;
import java.time.Duration;
import java.util.List;

import dev.tether.benchmark.load.WebhookBatch;
import dev.tether.benchmark.rig.Rig;

/**
 * Part (c): plain texts without a binding code from customers Tether already knows (bound in the
 * warm-up and in (b)), taking turns, each text a new event. Such a text gets no reply, so only the
 * answers are measured.
 */
public final class PlainTexts {

	static final String TEXT = "hello";

	private final Rig rig;

	public PlainTexts(Rig rig) {
		this.rig = rig;
	}

	public PlainRun run(Campaign campaign, List<String> knownCustomers, int count, Duration duration)
			throws IOException, InterruptedException {
		if (knownCustomers.isEmpty()) {
			throw new IllegalStateException("No customer was bound before (c): Tether sent no reply at all");
		}
		WebhookBatch batch = campaign.customers()
			.knownOnesSaying(TEXT, knownCustomers, count, rig.batchFile("plain"));
		Rig.Driven driven = rig.drive(campaign.channel().webhookPath(), batch, duration);
		batch.delete();
		return new PlainRun(driven.answers(), driven.cpu(), knownCustomers.size());
	}
}
