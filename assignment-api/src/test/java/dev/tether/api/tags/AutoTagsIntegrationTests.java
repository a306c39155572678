package dev.tether.api.tags;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import dev.tether.api.support.IntegrationTest;
import dev.tether.api.support.OrgFixture;
import dev.tether.api.support.OrgFixture.ChannelRef;
import dev.tether.api.support.TetherClient;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static dev.tether.api.support.LineWebhook.aLineUserId;
import static dev.tether.api.support.LineWebhook.replyToken;
import static dev.tether.api.support.LineWebhook.text;
import static dev.tether.api.support.LineWebhook.texts;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Tags a contact gains when it binds, whose list wins, and the events that announce them. */
class AutoTagsIntegrationTests extends IntegrationTest {

	@Test
	void theOrgsTagsAreAppliedOnBindingAndAnnounced() {
		OrgFixture org = anOrg();
		org.settings("PERMANENT", List.of("vip", "from-qr"));
		ChannelRef channel = org.aChannel();
		String customer = aLineUserId();

		bind(org, channel, customer, org.bindingMessageFor(channel, org.anAgent("Alice Chen")), "Alice Chen");

		assertThat(tagsOf(org, channel, customer)).containsExactly("vip", "from-qr");
		List<JsonNode> tagged = events(org, "contact.tagged");
		assertThat(tagged).hasSize(1);
		JsonNode event = tagged.get(0);
		assertThat(event.path("type").asString()).isEqualTo("contact.tagged");
		assertThat(event.path("orgId").asString()).isEqualTo(org.id());
		assertThat(event.path("id").asString()).isNotBlank();
		assertThat(event.path("data").path("lineUserId").asString()).isEqualTo(customer);
		assertThat(strings(event.path("data").path("tags"))).containsExactly("vip", "from-qr");
	}

	@Test
	void anOrgWithoutTagsTagsNobodyAndAnnouncesNothing() {
		OrgFixture org = anOrg();
		ChannelRef channel = org.aChannel();
		String customer = aLineUserId();

		bind(org, channel, customer, org.bindingMessageFor(channel, org.anAgent("Alice Chen")), "Alice Chen");

		assertThat(tagsOf(org, channel, customer)).isEmpty();
		assertThat(events(org, "contact.tagged")).isEmpty();
	}

	@Test
	void anAgentsOwnTagsReplaceTheOrgsForBindingsToThem() {
		OrgFixture org = anOrg();
		org.settings("PERMANENT", List.of("org-tag"));
		ChannelRef channel = org.aChannel();
		String alice = org.anAgent("Alice Chen", Map.of("autoTags", List.of("alice-client", "premium")));
		String bob = org.anAgent("Bob Sato");
		String alicesCustomer = aLineUserId();
		String bobsCustomer = aLineUserId();

		bind(org, channel, alicesCustomer, org.bindingMessageFor(channel, alice), "Alice Chen");
		bind(org, channel, bobsCustomer, org.bindingMessageFor(channel, bob), "Bob Sato");

		assertThat(tagsOf(org, channel, alicesCustomer)).containsExactly("alice-client", "premium");
		assertThat(tagsOf(org, channel, bobsCustomer)).containsExactly("org-tag");
		assertThat(events(org, "contact.tagged")).extracting(event -> event.path("data").path("lineUserId").asString())
			.containsExactlyInAnyOrder(alicesCustomer, bobsCustomer);
	}

	@Test
	void aTeamsOwnTagsApplyToATeamBinding() {
		OrgFixture org = anOrg();
		org.settings("PERMANENT", List.of("org-tag"));
		ChannelRef channel = org.aChannel();
		String team = org.aTeam("Sales", Map.of("autoTags", List.of("sales-lead")), org.anAgent("Alice Chen"));
		String customer = aLineUserId();

		bind(org, channel, customer, org.aBindingCode(channel, null, team).field("message"), "Sales");

		assertThat(tagsOf(org, channel, customer)).containsExactly("sales-lead");
		assertThat(strings(events(org, "contact.tagged").get(0).path("data").path("tags"))).containsExactly("sales-lead");
	}

	@Test
	void anAgentHasAtMostFiveTags() {
		OrgFixture org = anOrg();
		List<String> five = List.of("a", "b", "c", "d", "e");
		List<String> six = List.of("a", "b", "c", "d", "e", "f");

		TetherClient.Response sixOnCreate = api.post("/api/v1/agents", org.ownerToken(),
				Map.of("name", "Alice Chen", "email", "alice-" + org.id() + "@brand.test", "autoTags", six));
		String bob = org.anAgent("Bob Sato", Map.of("autoTags", five));
		TetherClient.Response sixOnPatch = api.patch("/api/v1/agents/" + bob, org.ownerToken(),
				Map.of("autoTags", six));

		assertThat(sixOnCreate.status()).as(sixOnCreate.toString()).isEqualTo(400);
		assertThat(sixOnCreate.problemCode()).isEqualTo("VALIDATION_FAILED");
		assertThat(sixOnPatch.status()).as(sixOnPatch.toString()).isEqualTo(400);
		assertThat(sixOnPatch.problemCode()).isEqualTo("VALIDATION_FAILED");
		assertThat(strings(api.get("/api/v1/agents/" + bob, org.ownerToken()).json().path("autoTags")))
			.containsExactlyElementsOf(five);
		assertThat(api.get("/api/v1/agents", org.ownerToken()).json().path("totalItems").asLong()).isEqualTo(1);
	}

	@Test
	void aBindingIsAnnouncedAsAnAssignmentChange() {
		OrgFixture org = anOrg();
		ChannelRef channel = org.aChannel();
		String alice = org.anAgent("Alice Chen");
		String customer = aLineUserId();

		bind(org, channel, customer, org.bindingMessageFor(channel, alice), "Alice Chen");

		String contactId = org.contact(channel, customer).field("id");
		List<JsonNode> bindings = events(org, "assignment.changed").stream()
			.filter(event -> event.path("data").path("kind").asString().equals("BINDING"))
			.toList();
		assertThat(bindings).hasSize(1);
		JsonNode data = bindings.get(0).path("data");
		assertThat(data.path("contactId").asString()).isEqualTo(contactId);
		assertThat(data.path("to").path("agentId").asString()).isEqualTo(alice);
		assertThat(data.path("from").path("agentId").isString()).isFalse();
		assertThat(data.path("source").asString()).isEqualTo("QR");
	}

	private void bind(OrgFixture org, ChannelRef channel, String customer, String bindingMessage, String name) {
		Map<String, Object> message = text(customer, bindingMessage);
		assertThat(webhookOf(channel).deliver(message).status()).isEqualTo(200);
		List<JsonNode> replies = await().atMost(Duration.ofSeconds(10))
			.until(() -> line.repliesWith(replyToken(message)), found -> !found.isEmpty());
		assertThat(texts(replies)).containsExactly("You have successfully bound to: " + name);
	}

	private List<String> tagsOf(OrgFixture org, ChannelRef channel, String customer) {
		return strings(org.contact(channel, customer).json().path("tags"));
	}

	private static List<JsonNode> events(OrgFixture org, String type) {
		TetherClient.Response answer = org.events(type);
		assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
		return answer.json().valueStream().toList();
	}

	private static List<String> strings(JsonNode array) {
		return array.valueStream().map(JsonNode::asString).toList();
	}
}
