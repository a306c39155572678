package dev.tether.api.org;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.tether.api.support.ConsoleSession;
import dev.tether.api.support.IntegrationTest;
import dev.tether.api.support.OrgFixture.ChannelRef;
import dev.tether.api.support.OrgFixture;
import dev.tether.api.support.TetherClient;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static dev.tether.api.support.LineWebhook.aLineUserId;
import static dev.tether.api.support.LineWebhook.replyToken;
import static dev.tether.api.support.LineWebhook.text;
import static dev.tether.api.support.LineWebhook.texts;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** An org's own wording: the replies to a binding code, and the message a binding link pre-fills. */
class ReplyTextsIntegrationTests extends IntegrationTest {

	@Test
	void aContactReadsTheOrgsTemplatesWithTheTargetsName() {
		OrgFixture org = anOrg();
		ChannelRef channel = org.aChannel();
		String alice = org.anAgent("Alice Chen");
		String bob = org.anAgent("Bob Sato");
		expect(200, putSettings(org, "PERMANENT", Map.of("success", "{name} is now your concierge",
				"conflict", "You are already with {name}", "invalid", "That code did not work")));
		String customer = aLineUserId();
		Map<String, Object> bind = text(customer, org.bindingMessageFor(channel, alice));
		Map<String, Object> conflict = text(customer, org.bindingMessageFor(channel, bob));
		Map<String, Object> altered = text(aLineUserId(), altered(org.bindingMessageFor(channel, bob)));

		webhookOf(channel).deliver(bind, conflict, altered);

		assertThat(texts(repliesTo(bind))).containsExactly("Alice Chen is now your concierge");
		assertThat(texts(repliesTo(conflict))).containsExactly("You are already with Alice Chen");
		assertThat(texts(repliesTo(altered))).containsExactly("That code did not work");
	}

	@Test
	void aTemplateLeftOutKeepsTheFixedTextAndAPutWithoutAnyGoesBackToThem() {
		OrgFixture org = anOrg();
		ChannelRef channel = org.aChannel();
		String alice = org.anAgent("Alice Chen");
		expect(200, putSettings(org, "PERMANENT", Map.of("conflict", "You are already with {name}")));
		Map<String, Object> first = text(aLineUserId(), org.bindingMessageFor(channel, alice));
		webhookOf(channel).deliver(first);
		assertThat(texts(repliesTo(first))).containsExactly("You have successfully bound to: Alice Chen");

		JsonNode reset = expect(200, api.put("/api/v1/settings", org.ownerToken(), Map.of("assignmentMode", "PERMANENT")))
			.json();

		assertThat(reset.path("replyTexts").path("conflict").isNull()).isTrue();
		String customer = aLineUserId();
		Map<String, Object> bind = text(customer, org.bindingMessageFor(channel, alice));
		Map<String, Object> conflict = text(customer, org.bindingMessageFor(channel, org.anAgent("Bob Sato")));
		webhookOf(channel).deliver(bind, conflict);
		assertThat(texts(repliesTo(conflict))).containsExactly("Binding failed. You were previously bound to: Alice Chen");
	}

	@Test
	void theBindingMessageTemplateNamesTheTargetAndTheCodeIsAlwaysAppendedSoItStillBinds() {
		OrgFixture org = anOrg();
		ChannelRef channel = org.aChannel();
		String alice = org.anAgent("Alice Chen");
		Map<String, Object> body = settings("PERMANENT", null);
		body.put("bindingMessage", "Hi! I'd like to talk to {name}.");
		expect(200, api.put("/api/v1/settings", org.ownerToken(), body));

		JsonNode code = org.aBindingCode(channel, alice, null).json();
		String customer = aLineUserId();
		webhookOf(channel).deliver(text(customer, code.path("message").asString()));

		assertThat(code.path("message").asString()).isEqualTo("Hi! I'd like to talk to Alice Chen. #" + code.path("code").asString());
		assertThat(code.path("link").asString()).contains("Alice%20Chen");
		assertThat(org.contact(channel, customer).json().path("binding").path("agentId").asString()).isEqualTo(alice);
		assertThat(expect(200, api.get("/api/v1/settings", org.ownerToken())).json().path("bindingMessage").asString())
			.isEqualTo("Hi! I'd like to talk to {name}.");
	}

	@Test
	void aTemplateTooLongOrWithoutTheNameItMustGiveIsRefusedAndChangesNothing() {
		OrgFixture org = anOrg();
		expect(200, putSettings(org, "PERMANENT", Map.of("success", "Welcome to {name}")));

		TetherClient.Response noName = putSettings(org, "GENERAL", Map.of("success", "Welcome!"));
		TetherClient.Response tooLong = putSettings(org, "GENERAL", Map.of("invalid", "x".repeat(501)));
		Map<String, Object> longMessage = settings("GENERAL", null);
		longMessage.put("bindingMessage", "{name}".repeat(100));
		TetherClient.Response tooLongMessage = api.put("/api/v1/settings", org.ownerToken(), longMessage);

		for (TetherClient.Response refused : List.of(noName, tooLong, tooLongMessage)) {
			assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
			assertThat(refused.field("code")).isEqualTo("VALIDATION_FAILED");
		}
		assertThat(noName.field("detail")).contains("replyTexts.success").contains("{name}");
		assertThat(tooLong.field("detail")).contains("replyTexts.invalid").contains("500");
		assertThat(tooLongMessage.field("detail")).contains("bindingMessage");
		JsonNode unchanged = expect(200, api.get("/api/v1/settings", org.ownerToken())).json();
		assertThat(unchanged.path("assignmentMode").asString()).isEqualTo("PERMANENT");
		assertThat(unchanged.path("replyTexts").path("success").asString()).isEqualTo("Welcome to {name}");
	}

	@Test
	void savingTheConsolesSettingsPageKeepsTheWording() {
		OrgFixture org = anOrg();
		Map<String, Object> body = settings("PERMANENT", Map.of("success", "Welcome to {name}"));
		body.put("bindingMessage", "Hi {name}");
		expect(200, api.put("/api/v1/settings", org.ownerToken(), body));
		ConsoleSession console = ConsoleSession.signedIn(api.baseUrl(), org.aPersonWhoSignsIn("Grace Owner", "OWNER"));
		console.get("/console/settings");

		TetherClient.Response saved = console.post("/console/settings",
				Map.of("assignmentMode", "GENERAL", "autoTags", "", "defaultTeamId", ""));

		assertThat(saved.status()).as(saved.toString()).isEqualTo(302);
		JsonNode settings = expect(200, api.get("/api/v1/settings", org.ownerToken())).json();
		assertThat(settings.path("assignmentMode").asString()).isEqualTo("GENERAL");
		assertThat(settings.path("replyTexts").path("success").asString()).isEqualTo("Welcome to {name}");
		assertThat(settings.path("bindingMessage").asString()).isEqualTo("Hi {name}");
	}

	/** The message with its code's last character changed, so its signature no longer holds. */
	private static String altered(String message) {
		char last = message.charAt(message.length() - 1);
		return message.substring(0, message.length() - 1) + (last == 'A' ? 'B' : 'A');
	}

	private TetherClient.Response putSettings(OrgFixture org, String mode, Map<String, String> replyTexts) {
		return api.put("/api/v1/settings", org.ownerToken(), settings(mode, replyTexts));
	}

	private static Map<String, Object> settings(String mode, Map<String, String> replyTexts) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("assignmentMode", mode);
		if (replyTexts != null) {
			body.put("replyTexts", replyTexts);
		}
		return body;
	}

	private List<JsonNode> repliesTo(Map<String, Object> event) {
		return await().atMost(Duration.ofSeconds(10))
			.until(() -> line.repliesWith(replyToken(event)), list -> !list.isEmpty());
	}
}
