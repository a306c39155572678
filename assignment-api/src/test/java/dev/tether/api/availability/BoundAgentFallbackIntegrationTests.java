package dev.tether.api.availability;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.tether.api.routing.RoutingScenario;
import dev.tether.api.support.LineWebhook;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code boundAgentUnavailable}: a bound contact's new conversation while their agent is away. */
class BoundAgentFallbackIntegrationTests extends RoutingScenario {

	@Test
	void withTeamTheBindingStaysButTheConversationGoesToTheBindingsTeamUntilTheAgentIsBack() {
		String alice = org.anAgent("Alice Chen");
		String bob = org.anAgent("Bob Sato");
		declare(alice, "ONLINE");
		declare(bob, "ONLINE");
		String team = org.aTeam("Support", Map.of("onlineOnly", true), alice, bob);
		settings(team, "TEAM");
		String customer = LineWebhook.aLineUserId();
		Chat bound = bindingFrom(customer, alice, team);
		assertThat(holderOf(bound.id())).isEqualTo(alice);
		closeAsOwner(bound.id());
		declare(alice, "OFFLINE");

		Chat whileAway = messageFrom(customer, "hello again");

		assertThat(holderOf(whileAway.id())).isEqualTo(bob);
		assertThat(conversation(whileAway.id()).path("teamId").asString()).isEqualTo(team);
		JsonNode binding = org.contact(channel, customer).json().path("binding");
		assertThat(binding.path("agentId").asString()).isEqualTo(alice);
		assertThat(db.sql("select source || ' ' || reason from assignment_log where conversation_id = :id and reason is not null")
			.param("id", Long.parseLong(whileAway.id()))
			.query(String.class)
			.list()).containsExactly("RULE BOUND_AGENT_UNAVAILABLE");
		closeAsOwner(whileAway.id());
		declare(alice, "ONLINE");
		assertThat(holderOf(messageFrom(customer, "and again").id())).isEqualTo(alice);
	}

	@Test
	void withTeamAnAgentBoundAloneFallsBackToTheDefaultTeamAndOneOffShiftCountsAsAway() {
		String alice = org.anAgent("Alice Chen");
		String bob = org.anAgent("Bob Sato");
		declare(alice, "ONLINE");
		declare(bob, "ONLINE");
		String fallback = org.aTeam("Front desk", bob);
		settings(fallback, "TEAM");
		String customer = LineWebhook.aLineUserId();
		closeAsOwner(bindingFrom(customer, alice, null).id());
		expect(200, api.put("/api/v1/agents/" + alice + "/schedule", org.ownerToken(),
				Map.of("timezone", "UTC", "weekly", List.of())));

		Chat offShift = messageFrom(customer, "hello again");

		assertThat(holderOf(offShift.id())).isEqualTo(bob);
		assertThat(conversation(offShift.id()).path("teamId").asString()).isEqualTo(fallback);
	}

	@Test
	void byDefaultTheBoundAgentGetsTheirContactsConversationOnlineOrNot() {
		String alice = org.anAgent("Alice Chen");
		String bob = org.anAgent("Bob Sato");
		String team = org.aTeam("Support", alice, bob);
		useDefaultTeam(team);
		String customer = LineWebhook.aLineUserId();
		closeAsOwner(bindingFrom(customer, alice, null).id());
		declare(alice, "OFFLINE");

		assertThat(holderOf(messageFrom(customer, "hello again").id())).isEqualTo(alice);
		assertThat(expect(200, api.get("/api/v1/settings", org.ownerToken())).json().path("boundAgentUnavailable")
			.asString()).isEqualTo("ASSIGN");
	}

	@Test
	void anUnknownChoiceIsRefused() {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("assignmentMode", "PERMANENT");
		body.put("boundAgentUnavailable", "SOMEONE");

		assertThat(api.put("/api/v1/settings", org.ownerToken(), body).problemCode()).isEqualTo("VALIDATION_FAILED");
	}

	private void settings(String defaultTeam, String boundAgentUnavailable) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("assignmentMode", "PERMANENT");
		body.put("autoTags", List.of());
		body.put("defaultTeamId", defaultTeam);
		body.put("boundAgentUnavailable", boundAgentUnavailable);
		JsonNode saved = expect(200, api.put("/api/v1/settings", org.ownerToken(), body)).json();
		assertThat(saved.path("boundAgentUnavailable").asString()).isEqualTo(boundAgentUnavailable);
	}
}
