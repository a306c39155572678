package dev.tether.benchmark.load;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

import dev.tether.benchmark.line.WebhookRequest;

/**
 * Webhooks generated before a run and written to the file the load generators read: one a line,
 * the signature, a tab, then the body (JSON escapes every tab and line break inside it), in the
 * order they are sent. Only who sent each and its reply token stay in memory.
 */
public final class WebhookBatch {

	private final Path file;

	private final List<String> lineUserIds;

	private final List<String> replyTokens;

	private WebhookBatch(Path file, List<String> lineUserIds, List<String> replyTokens) {
		this.file = file;
		this.lineUserIds = lineUserIds;
		this.replyTokens = replyTokens;
	}

	/** Writes {@code count} webhooks, the i-th being {@code webhook.apply(i)}. */
	public static WebhookBatch write(Path file, int count, IntFunction<WebhookRequest> webhook) throws IOException {
		List<String> lineUserIds = new ArrayList<>(count);
		List<String> replyTokens = new ArrayList<>(count);
		try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
			for (int i = 0; i < count; i++) {
				WebhookRequest request = webhook.apply(i);
				out.write(request.signature());
				out.write('\t');
				out.write(request.body());
				out.write('\n');
				lineUserIds.add(request.lineUserId());
				replyTokens.add(request.replyToken());
			}
		}
		return new WebhookBatch(file, List.copyOf(lineUserIds), List.copyOf(replyTokens));
	}

	/** Reads a batch's file back, in order. */
	static List<SignedBody> read(Path file) throws IOException {
		List<SignedBody> requests = new ArrayList<>();
		for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
			int tab = line.indexOf('\t');
			requests.add(new SignedBody(line.substring(0, tab), line.substring(tab + 1)));
		}
		return requests;
	}

	public Path file() {
		return file;
	}

	public int size() {
		return replyTokens.size();
	}

	public List<String> lineUserIds() {
		return lineUserIds;
	}

	public List<String> replyTokens() {
		return replyTokens;
	}

	public void delete() throws IOException {
		Files.deleteIfExists(file);
	}

	/** One line of the file: what a load generator sends. */
	record SignedBody(String signature, String body) {
	}
}
