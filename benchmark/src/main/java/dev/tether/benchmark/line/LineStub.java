package dev.tether.benchmark.line;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.tether.benchmark.clock.WallClock;
import tools.jackson.databind.json.JsonMapper;

/**
 * The LINE Messaging API as far as Tether calls it: {@code POST /v2/bot/message/reply} is answered
 * as LINE answers it, and the moment each reply token arrives is kept. Any other call is answered
 * {@code 404} and counted, so a run shows it.
 */
public final class LineStub implements AutoCloseable {

	private static final String REPLY_PATH = "/v2/bot/message/reply";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final Map<String, Long> repliedAtMicros = new ConcurrentHashMap<>();

	private final AtomicLong unexpectedCalls = new AtomicLong();

	private final HttpServer server;

	private final ExecutorService handlers;

	private LineStub(HttpServer server, ExecutorService handlers) {
		this.server = server;
		this.handlers = handlers;
	}

	public static LineStub start() throws IOException {
		HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 256);
		ExecutorService handlers = Executors.newFixedThreadPool(8);
		LineStub stub = new LineStub(server, handlers);
		server.createContext("/", stub::handle);
		server.setExecutor(handlers);
		server.start();
		return stub;
	}

	public URI baseUrl() {
		return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
	}

	/** When the reply with this token arrived, in {@link WallClock} microseconds; 0 if it has not. */
	public long repliedAt(String replyToken) {
		return repliedAtMicros.getOrDefault(replyToken, 0L);
	}

	public long unexpectedCalls() {
		return unexpectedCalls.get();
	}

	/** Waits until {@code expected} of these tokens have been replied to, or the timeout passes. */
	public Replies awaitReplies(List<String> replyTokens, long expected, Duration timeout) throws InterruptedException {
		long deadline = System.nanoTime() + timeout.toNanos();
		Replies replies = repliesTo(replyTokens);
		while (replies.received() < expected && System.nanoTime() < deadline) {
			Thread.sleep(50);
			replies = repliesTo(replyTokens);
		}
		return replies;
	}

	private Replies repliesTo(List<String> replyTokens) {
		long received = 0;
		long last = 0;
		for (String token : replyTokens) {
			long at = repliedAt(token);
			if (at > 0) {
				received++;
				last = Math.max(last, at);
			}
		}
		return new Replies(received, last);
	}

	private void handle(HttpExchange exchange) throws IOException {
		try {
			long at = WallClock.micros();
			byte[] body = exchange.getRequestBody().readAllBytes();
			if (!"POST".equals(exchange.getRequestMethod()) || !REPLY_PATH.equals(exchange.getRequestURI().getPath())) {
				unexpectedCalls.incrementAndGet();
				exchange.sendResponseHeaders(404, -1);
				return;
			}
			repliedAtMicros.putIfAbsent(JSON.readTree(body).path("replyToken").asString(), at);
			byte[] answer = sentMessage().getBytes(StandardCharsets.UTF_8);
			exchange.getResponseHeaders().set("Content-Type", "application/json");
			exchange.sendResponseHeaders(200, answer.length);
			exchange.getResponseBody().write(answer);
		}
		finally {
			exchange.close();
		}
	}

	/** LINE's answer to a reply: the id and quote token of each message sent. */
	private static String sentMessage() {
		long id = ThreadLocalRandom.current().nextLong(100_000_000_000_000_000L, Long.MAX_VALUE);
		return "{\"sentMessages\":[{\"id\":\"" + id + "\",\"quoteToken\":\"q" + Long.toHexString(id) + "\"}]}";
	}

	@Override
	public void close() {
		server.stop(0);
		handlers.shutdownNow();
	}

	/** How many of a batch's replies arrived, and when the last of them did. */
	public record Replies(long received, long lastAtMicros) {
	}
}
