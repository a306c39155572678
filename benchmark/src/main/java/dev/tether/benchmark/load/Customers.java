package dev.tether.benchmark.load;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import dev.tether.benchmark.line.LineWebhooks;

/** One channel's customers as batches of webhooks, each customer sending a text. */
public final class Customers {

	private final LineWebhooks webhooks;

	public Customers(String channelSecret) {
		this.webhooks = new LineWebhooks(channelSecret);
	}

	/** {@code count} customers Tether has never seen, one webhook each. */
	public WebhookBatch newOnesSaying(String text, int count, Path file) throws IOException {
		return WebhookBatch.write(file, count, i -> webhooks.text(LineWebhooks.newLineUserId(), text));
	}

	/** {@code count} webhooks from customers Tether already knows, taking turns; each is a new event. */
	public WebhookBatch knownOnesSaying(String text, List<String> lineUserIds, int count, Path file)
			throws IOException {
		return WebhookBatch.write(file, count, i -> webhooks.text(lineUserIds.get(i % lineUserIds.size()), text));
	}
}
