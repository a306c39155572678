package dev.tether.benchmark.tether;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.OptionalDouble;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Tether's HTTP API, called as an operator would call it with curl: JSON, bearer tokens. */
public final class TetherApi {

	static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpClient http = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	private final URI baseUrl;

	public TetherApi(URI baseUrl) {
		this.baseUrl = baseUrl;
	}

	/** A new org, through the platform admin token; the org is then driven with its owner token. */
	public Org createOrg(String adminToken, String name) throws IOException, InterruptedException {
		JsonNode org = call("POST", "/api/v1/orgs", adminToken, Map.of("name", name));
		return new Org(this, org.path("id").asString(), org.path("ownerToken").asString());
	}

	public boolean healthy() throws InterruptedException {
		try {
			return http.send(request("/actuator/health").build(), HttpResponse.BodyHandlers.discarding())
				.statusCode() == 200;
		}
		catch (IOException notYet) {
			return false;
		}
	}

	/** How full the long-lived heap was after the last collection, in percent, if Tether publishes it. */
	public OptionalDouble longLivedHeapPercentAfterGc() throws InterruptedException {
		try {
			HttpResponse<String> answer = http.send(request("/actuator/metrics/jvm.memory.usage.after.gc").build(),
					HttpResponse.BodyHandlers.ofString());
			if (answer.statusCode() != 200) {
				return OptionalDouble.empty();
			}
			JsonNode value = JSON.readTree(answer.body()).path("measurements").path(0).path("value");
			return value.isNumber() ? OptionalDouble.of(100 * value.asDouble()) : OptionalDouble.empty();
		}
		catch (IOException down) {
			return OptionalDouble.empty();
		}
	}

	JsonNode call(String method, String path, String token, @Nullable Object json)
			throws IOException, InterruptedException {
		return send(method, path, token, "application/json",
				json == null ? "" : JSON.writeValueAsString(json));
	}

	JsonNode send(String method, String path, String token, String contentType, String body)
			throws IOException, InterruptedException {
		HttpRequest.Builder request = request(path).header("Authorization", "Bearer " + token);
		if (body.isEmpty()) {
			request.method(method, HttpRequest.BodyPublishers.noBody());
		}
		else {
			request.header("Content-Type", contentType).method(method, HttpRequest.BodyPublishers.ofString(body));
		}
		HttpResponse<String> answer = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
		if (answer.statusCode() / 100 != 2) {
			throw new IllegalStateException(method + " " + path + " answered " + answer.statusCode() + ": " + answer.body());
		}
		return answer.body().isEmpty() ? JSON.missingNode() : JSON.readTree(answer.body());
	}

	private HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(baseUrl.resolve(path)).timeout(Duration.ofSeconds(120));
	}
}
