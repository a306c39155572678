package dev.tether.api.support;

import java.util.List;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import tools.jackson.databind.JsonNode;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;

/** The LINE Messaging API as the tests play it: real HTTP, LINE's own answers. */
public final class LineStub {

	public static final String REPLY_PATH = "/v2/bot/message/reply";

	private final WireMockServer server;

	LineStub(WireMockServer server) {
		this.server = server;
	}

	/** LINE's usual answer to a good reply. */
	void acceptReplies() {
		server.stubFor(post(urlEqualTo(REPLY_PATH)).atPriority(10)
			.willReturn(aResponse().withStatus(200)
				.withHeader("Content-Type", "application/json")
				.withBody("{\"sentMessages\":[{\"id\":\"461230966842064897\",\"quoteToken\":\"IStG5h1Tz7b\"}]}")));
	}

	/** LINE answers this reply token with {@code status} and LINE's error body. */
	public void answer(String replyToken, int status, String message) {
		server.stubFor(forToken(replyToken).willReturn(error(status, message)));
	}

	/** LINE takes {@code millis} to accept replies with this token. */
	public void slowlyAccept(String replyToken, int millis) {
		server.stubFor(forToken(replyToken).willReturn(aResponse().withStatus(200)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"sentMessages\":[]}")
			.withFixedDelay(millis)));
	}

	/** LINE first fails with a server error (or times out when {@code status} is 0), then accepts. */
	public void failOnceThenAccept(String replyToken, int status) {
		String scenario = "flaky-" + replyToken;
		server.stubFor(forToken(replyToken).inScenario(scenario)
			.whenScenarioStateIs(Scenario.STARTED)
			.willReturn(status == 0 ? aResponse().withStatus(200).withFixedDelay(3_000)
					: error(status, "Internal server error"))
			.willSetStateTo("recovered"));
		server.stubFor(forToken(replyToken).inScenario(scenario)
			.whenScenarioStateIs("recovered")
			.willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody("{}")));
	}

	/** The reply requests LINE received for this token, as sent. */
	public List<JsonNode> repliesWith(String replyToken) {
		return server
			.findAll(postRequestedFor(urlEqualTo(REPLY_PATH))
				.withRequestBody(matchingJsonPath("$.replyToken", equalTo(replyToken))))
			.stream()
			.map(request -> TetherClient.JSON.readTree(request.getBodyAsString()))
			.toList();
	}

	/** The Authorization header of the first reply LINE received for this token. */
	public String authorizationOf(String replyToken) {
		return server
			.findAll(postRequestedFor(urlEqualTo(REPLY_PATH))
				.withRequestBody(matchingJsonPath("$.replyToken", equalTo(replyToken))))
			.get(0)
			.getHeader("Authorization");
	}

	public boolean anyHeader(String replyToken, String header) {
		return server
			.findAll(postRequestedFor(urlEqualTo(REPLY_PATH))
				.withRequestBody(matchingJsonPath("$.replyToken", equalTo(replyToken))))
			.stream()
			.anyMatch(request -> request.containsHeader(header));
	}

	private static MappingBuilder forToken(String replyToken) {
		return post(urlEqualTo(REPLY_PATH)).atPriority(1)
			.withRequestBody(matchingJsonPath("$.replyToken", equalTo(replyToken)));
	}

	private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder error(int status, String message) {
		return aResponse().withStatus(status)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"message\":\"" + message + "\"}");
	}
}
