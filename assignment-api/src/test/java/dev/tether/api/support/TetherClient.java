package dev.tether.api.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Talks to the running application over real HTTP, as a brand's admin or an integration would. */
public final class TetherClient {

	public static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private final String baseUrl;

	TetherClient(String baseUrl) {
		this.baseUrl = baseUrl;
	}

	public String baseUrl() {
		return baseUrl;
	}

	public Response get(String path, @Nullable String token) {
		return send("GET", path, token, null, null, Map.of());
	}

	public Response post(String path, @Nullable String token, @Nullable Object body) {
		return send("POST", path, token, "application/json", body == null ? null : json(body), Map.of());
	}

	public Response put(String path, @Nullable String token, Object body) {
		return send("PUT", path, token, "application/json", json(body), Map.of());
	}

	public Response patch(String path, @Nullable String token, Object body) {
		return send("PATCH", path, token, "application/json", json(body), Map.of());
	}

	public Response delete(String path, @Nullable String token) {
		return send("DELETE", path, token, null, null, Map.of());
	}

	public Response send(String method, String path, @Nullable String token, @Nullable String contentType,
			byte @Nullable [] body, Map<String, String> headers) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
			.timeout(Duration.ofSeconds(30))
			.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
					: HttpRequest.BodyPublishers.ofByteArray(body));
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		if (contentType != null) {
			request.header("Content-Type", contentType);
		}
		headers.forEach(request::header);
		try {
			HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
			return new Response(response.statusCode(), response.headers().map(), response.body());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static byte[] json(Object body) {
		return body instanceof String text ? text.getBytes(StandardCharsets.UTF_8) : JSON.writeValueAsBytes(body);
	}

	/** An answer, with its body read as JSON on demand. */
	public record Response(int status, Map<String, java.util.List<String>> headers, byte[] body) {

		public JsonNode json() {
			return JSON.readTree(body);
		}

		public String text() {
			return new String(body, StandardCharsets.UTF_8);
		}

		public String field(String name) {
			return json().path(name).asString();
		}

		public @Nullable String header(String name) {
			return headers.entrySet()
				.stream()
				.filter(entry -> entry.getKey().equalsIgnoreCase(name))
				.findFirst()
				.map(entry -> entry.getValue().get(0))
				.orElse(null);
		}

		/** The stable problem code of an error answer. */
		public String problemCode() {
			return field("code");
		}

		@Override
		public String toString() {
			return status + " " + text();
		}
	}
}
