package dev.tether.api.routing;

import java.time.Duration;
import java.util.List;

import dev.tether.api.support.MovableClock;
import dev.tether.api.support.TetherClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The holder's first reply ({@code POST /conversations/{id}/replied}), and the report's median
 * time from assignment to it. The application's clock is moved between replies.
 */
@Import(MovableClock.Setup.class)
class FirstReplyIntegrationTests extends RoutingScenario {

	@Autowired
	private MovableClock clock;

	private String alice;

	private String bob;

	private String sales;

	@BeforeEach
	void salesWithAliceAndBob() {
		alice = org.anAgent("Alice Chen");
		bob = org.anAgent("Bob Sato");
		sales = org.aTeam("Sales", alice);
		useDefaultTeam(sales);
	}

	@Test
	void theHolderRecordsTheirFirstReplyAndSayingItAgainAnswersTheSameInstant() {
		Chat chat = aNewConversation();
		assertThat(holderOf(chat.id())).isEqualTo(alice);

		String first = expect(200, replied(org.aToken("AGENT", alice), chat.id())).field("firstRepliedAt");
		clock.advance(Duration.ofSeconds(5));
		String again = expect(200, replied(org.aToken("AGENT", alice), chat.id())).field("firstRepliedAt");

		assertThat(again).isEqualTo(first);
		assertThat(conversation(chat.id()).path("firstRepliedAt").asString()).isEqualTo(first);
	}

	@Test
	void onlyTheHolderOwnersAdminsAndIntegrationsMaySayItWasAnswered() {
		Chat chat = aNewConversation();

		TetherClient.Response notTheirs = replied(org.aToken("AGENT", bob), chat.id());
		TetherClient.Response managerElsewhere = replied(org.aToken("MANAGER", bob), chat.id());

		assertThat(notTheirs.status()).as(notTheirs.toString()).isEqualTo(403);
		assertThat(managerElsewhere.status()).as(managerElsewhere.toString()).isEqualTo(403);
		assertThat(conversation(chat.id()).path("firstRepliedAt").isNull()).isTrue();
		expect(200, replied(org.aToken("INTEGRATION", null), chat.id()));
		expect(200, replied(org.ownerToken(), chat.id()));
	}

	@Test
	void aConversationNobodyHoldsCannotBeAnsweredAndAnUnknownOneIsNotFound() {
		Chat chat = aNewConversation();
		expect(200, unassign(org.ownerToken(), chat.id()));

		TetherClient.Response unheld = replied(org.ownerToken(), chat.id());
		TetherClient.Response unknown = replied(org.ownerToken(), "999999999");

		assertThat(unheld.status()).as(unheld.toString()).isEqualTo(409);
		assertThat(unheld.field("code")).isEqualTo("CONVERSATION_NOT_ASSIGNED");
		assertThat(unknown.status()).isEqualTo(404);
	}

	@Test
	void aNewHolderStartsWithoutAReplyAndRecordsTheirOwn() {
		Chat chat = aNewConversation();
		String alicesReply = expect(200, replied(org.aToken("AGENT", alice), chat.id())).field("firstRepliedAt");

		expect(200, assign(org.ownerToken(), chat.id(), bob, null));

		assertThat(conversation(chat.id()).path("firstRepliedAt").isNull()).isTrue();
		clock.advance(Duration.ofSeconds(3));
		String bobsReply = expect(200, replied(org.aToken("AGENT", bob), chat.id())).field("firstRepliedAt");
		assertThat(bobsReply).isNotEqualTo(alicesReply);
	}

	@Test
	void theReportGivesEachAgentAndTeamTheMedianTimeFromAssignmentToFirstReply() {
		List<Chat> chats = newConversations(3);
		String token = org.aToken("AGENT", alice);

		clock.advance(Duration.ofSeconds(10));
		expect(200, replied(token, chats.get(0).id()));
		clock.advance(Duration.ofSeconds(10));
		expect(200, replied(token, chats.get(1).id()));
		clock.advance(Duration.ofSeconds(40));
		expect(200, replied(token, chats.get(2).id()));

		JsonNode byAgent = report("AGENT");
		JsonNode byTeam = report("TEAM");
		assertThat(row(byAgent, "Alice Chen").path("medianFirstReplySeconds").asDouble()).isCloseTo(20.0, within(0.5));
		assertThat(row(byTeam, "Sales").path("medianFirstReplySeconds").asDouble()).isCloseTo(20.0, within(0.5));
		assertThat(row(byAgent, "Bob Sato").path("medianFirstReplySeconds").isNull()).isTrue();
	}

	private TetherClient.Response replied(String token, String conversationId) {
		return api.post("/api/v1/conversations/" + conversationId + "/replied", token, null);
	}

	private JsonNode report(String groupBy) {
		return expect(200, api.get("/api/v1/reports/assignments?groupBy=" + groupBy, org.ownerToken())).json()
			.path("rows");
	}

	private static JsonNode row(JsonNode rows, String name) {
		return rows.valueStream().filter(row -> row.path("name").asString().equals(name)).findFirst().orElseThrow();
	}
}
