package dev.tether.api.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.sun.net.httpserver.HttpServer;
import tools.jackson.databind.JsonNode;

/**
 * Another system receiving Tether's outbound events over real HTTP. It answers with whatever
 * status the test sets (503 plays an outage), and keeps what it received, with signatures.
 */
public final class EventReceiver implements AutoCloseable {

	private final HttpServer server;

	private final List<Received> received = new CopyOnWriteArrayList<>();

	private volatile int status = 200;

	private volatile int delayMillis;

	public EventReceiver() {
		try {
			server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		server.setExecutor(Executors.newFixedThreadPool(4));
		server.createContext("/", exchange -> {
			String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
			received.add(new Received(exchange.getRequestHeaders().getFirst("X-Tether-Signature"), body, status));
			sleep(delayMillis);
			exchange.sendResponseHeaders(status, -1);
			exchange.close();
		});
		server.start();
	}

	public String url() {
		return "http://127.0.0.1:" + server.getAddress().getPort() + "/tether-events";
	}

	/** Every later request is answered with this status. */
	public void answer(int status) {
		this.status = status;
	}

	public void answerAfter(int millis) {
		this.delayMillis = millis;
	}

	public List<Received> received() {
		return List.copyOf(received);
	}

	/** The requests that were answered with a 2xx, as the subscriber processed them. */
	public List<Received> accepted() {
		return received.stream().filter(request -> request.answeredWith() < 300).toList();
	}

	@Override
	public void close() {
		server.stop(0);
	}

	private static void sleep(int millis) {
		if (millis > 0) {
			try {
				Thread.sleep(millis);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
	}

	/** One request as it arrived. */
	public record Received(String signature, String body, int answeredWith) {

		public JsonNode json() {
			return TetherClient.JSON.readTree(body);
		}

		public String type() {
			return json().path("type").asString();
		}

		/** Whether the signature is {@code sha256=} the HMAC-SHA256 of the exact body with the secret. */
		public boolean signedWith(String secret) {
			try {
				Mac mac = Mac.getInstance("HmacSHA256");
				mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
				String expected = "sha256="
						+ HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
				return expected.equals(signature);
			}
			catch (GeneralSecurityException ex) {
				throw new IllegalStateException(ex);
			}
		}
	}
}
