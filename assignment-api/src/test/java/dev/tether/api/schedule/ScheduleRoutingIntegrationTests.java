package dev.tether.api.schedule;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import dev.tether.api.routing.RoutingScenario;
import dev.tether.api.support.LineWebhook;
import dev.tether.api.support.MovableClock;
import dev.tether.persistence.schedule.ScheduleBoundaries;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.JsonNode;

import static dev.tether.api.support.LineWebhook.replyToken;
import static dev.tether.api.support.LineWebhook.texts;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Routing by the clock of schedules: shifts keep agents out of new work, closed teams queue and
 * say so, and a boundary moves the queue. The application's clock is moved to the boundary
 * instead of waited for; the boundary's timer runs on its own, as in production.
 */
@Import(MovableClock.Setup.class)
class ScheduleRoutingIntegrationTests extends RoutingScenario {

	private static final DateTimeFormatter HOURS = DateTimeFormatter.ofPattern("HH:mm");

	@Autowired
	private MovableClock clock;

	@Autowired
	private ScheduleBoundaries boundaries;

	@Test
	void anAgentOutsideTheirShiftTakesNoNewWorkWhileTheirTeammateDoes() {
		String alice = org.anAgent("Alice Chen");
		String bob = org.anAgent("Bob Sato");
		useDefaultTeam(org.aTeam("Sales", alice, bob));
		declare(alice, "ONLINE");
		declare(bob, "ONLINE");
		setSchedule("agents", alice, never());

		List<Chat> whileAliceIsOff = newConversations(3);

		assertThat(holdersOf(whileAliceIsOff)).containsOnly(bob);
		expect(204, api.delete("/api/v1/agents/" + alice + "/schedule", org.ownerToken()));
		assertThat(holdersOf(newConversations(2))).contains(alice);
	}

	@Test
	void aClosedTeamQueuesANewConversationAndTellsTheContactOnceWhatItsHoursAre() {
		String alice = org.anAgent("Alice Chen");
		String team = org.aTeam("Support", Map.of("outOfHoursReply", "We are closed now and answer from 09:00."), alice);
		useDefaultTeam(team);
		setSchedule("teams", team, opensAt(inMinutes(30)));
		String customer = LineWebhook.aLineUserId();
		Map<String, Object> first = LineWebhook.text(customer, "hi");
		Map<String, Object> second = LineWebhook.text(customer, "anyone there?");

		webhookOf(channel).deliver(first);
		webhookOf(channel).deliver(second);

		JsonNode conversation = org.contact(channel, customer).json().path("conversation");
		assertThat(conversation.path("status").asString()).isEqualTo("QUEUED");
		assertThat(conversation.path("teamId").asString()).isEqualTo(team);
		assertThat(texts(await().atMost(Duration.ofSeconds(10))
			.until(() -> line.repliesWith(replyToken(first)), replies -> !replies.isEmpty())))
			.containsExactly("We are closed now and answer from 09:00.");
		assertThat(org.replies(channel, customer).json()).hasSize(1);
		assertThat(openConversationsOf(alice)).isZero();
	}

	@Test
	void aClosedTeamWithoutAnOutOfHoursReplySaysNothing() {
		String team = org.aTeam("Support", org.anAgent("Alice Chen"));
		useDefaultTeam(team);
		setSchedule("teams", team, never());

		Chat chat = aNewConversation();

		assertThat(statusOf(chat.id())).isEqualTo("QUEUED");
		assertThat(org.replies(channel, chat.lineUserId()).json()).isEmpty();
	}

	@Test
	void whenATeamOpensItsQueueIsAssignedOldestFirstUpToCapacityAndTheMoveSaysWhy() {
		String alice = org.anAgent("Alice Chen", Map.of("maxOpenContacts", 2));
		String team = org.aTeam("Support", alice);
		useDefaultTeam(team);
		Instant opening = inMinutes(30);
		setSchedule("teams", team, opensAt(opening));
		List<Chat> waiting = newConversations(3);
		assertThat(waiting).allSatisfy(chat -> assertThat(statusOf(chat.id())).isEqualTo("QUEUED"));

		moveClockTo(opening);

		await().atMost(Duration.ofSeconds(10)).until(() -> statusOf(waiting.get(1).id()), "ASSIGNED"::equals);
		assertThat(holdersOf(waiting)).containsExactly(alice, alice, null);
		assertThat(statusOf(waiting.get(2).id())).isEqualTo("QUEUED");
		assertThat(openConversationsOf(alice)).isEqualTo(2);
		Map<String, Object> logged = db.sql("""
				select source, reason from assignment_log where conversation_id = :conversation order by id desc limit 1""")
			.param("conversation", Long.parseLong(waiting.get(0).id()))
			.query()
			.singleRow();
		assertThat(logged).containsEntry("source", "RULE").containsEntry("reason", "SCHEDULE_OPENED");
		JsonNode announced = lastAssignmentChangeOf(waiting.get(0).id());
		assertThat(announced.path("to").path("agentId").asString()).isEqualTo(alice);
		assertThat(announced.path("source").asString()).isEqualTo("RULE");
		assertThat(announced.path("reason").asString()).isEqualTo("SCHEDULE_OPENED");
	}

	@Test
	void whenAnAgentsShiftBeginsTheyTakeTheQueueTheyCouldNotBefore() {
		String alice = org.anAgent("Alice Chen");
		useDefaultTeam(org.aTeam("Support", alice));
		Instant shift = inMinutes(45);
		setSchedule("agents", alice, opensAt(shift));
		Chat chat = aNewConversation();
		assertThat(statusOf(chat.id())).isEqualTo("QUEUED");
		assertThat(agent(alice).path("available").asBoolean()).isFalse();

		moveClockTo(shift);

		await().atMost(Duration.ofSeconds(10)).until(() -> holderOf(chat.id()), alice::equals);
		assertThat(lastAssignmentChangeOf(chat.id()).path("reason").asString()).isEqualTo("SCHEDULE_OPENED");
	}

	@Test
	void aTeamOutsideItsHoursRoutesNothingWhenAskedByTheAssignmentApiEither() {
		String team = org.aTeam("Support", org.anAgent("Alice Chen"));
		setSchedule("teams", team, never());

		JsonNode answer = expect(202, api.post("/api/v1/assignments/manual", org.ownerToken(),
				Map.of("channelId", channel.id(), "lineUserId", LineWebhook.aLineUserId(), "team", team))).json();

		assertThat(answer.path("status").asString()).isEqualTo("QUEUED");
	}

	@Test
	void instancesFiringTheSameBoundaryTogetherMoveEachConversationOnce() {
		String alice = org.anAgent("Alice Chen");
		String bob = org.anAgent("Bob Sato");
		String team = org.aTeam("Support", alice, bob);
		useDefaultTeam(team);
		Instant opening = inMinutes(20);
		setSchedule("teams", team, opensAt(opening));
		List<Chat> waiting = newConversations(6);

		moveClockTo(opening);
		List<CompletableFuture<Integer>> firing = new ArrayList<>();
		for (int instance = 0; instance < 4; instance++) {
			firing.add(CompletableFuture.supplyAsync(boundaries::fire));
		}
		firing.forEach(CompletableFuture::join);

		await().atMost(Duration.ofSeconds(10))
			.until(() -> waiting.stream().allMatch(chat -> "ASSIGNED".equals(statusOf(chat.id()))));
		for (Chat chat : waiting) {
			Integer moves = db.sql("""
					select count(*) from assignment_log
					where conversation_id = :conversation and to_agent_id is not null""")
				.param("conversation", Long.parseLong(chat.id()))
				.query(Integer.class)
				.single();
			assertThat(moves).as("moves of conversation %s", chat.id()).isEqualTo(1);
		}
		assertThat(openConversationsOf(alice) + openConversationsOf(bob)).isEqualTo(6);
	}

	private void setSchedule(String owners, String id, Map<String, Object> schedule) {
		expect(200, api.put("/api/v1/" + owners + "/" + id + "/schedule", org.ownerToken(), schedule));
	}

	private JsonNode lastAssignmentChangeOf(String conversationId) {
		JsonNode events = expect(200, api.get("/api/v1/events?type=assignment.changed", org.ownerToken())).json();
		JsonNode last = null;
		for (JsonNode event : events) {
			if (conversationId.equals(event.path("data").path("conversationId").asString())) {
				last = event.path("data");
			}
		}
		assertThat(last).as("an assignment.changed of conversation " + conversationId).isNotNull();
		return last;
	}

	/** A whole minute at least {@code minutes} from the application's now: schedules count in minutes. */
	private Instant inMinutes(int minutes) {
		return clock.instant().truncatedTo(ChronoUnit.MINUTES).plus(Duration.ofMinutes(minutes + 1));
	}

	private void moveClockTo(Instant at) {
		clock.advance(Duration.between(clock.instant(), at));
	}

	/** Closed but for an hour from {@code opening}, in UTC. */
	private static Map<String, Object> opensAt(Instant opening) {
		ZonedDateTime start = opening.atZone(ZoneOffset.UTC);
		return Map.of("timezone", "UTC", "weekly", List.of(), "overrides",
				List.of(Map.of("date", start.toLocalDate().toString(), "intervals",
						List.of(Map.of("start", HOURS.format(start), "end", HOURS.format(start.plusHours(1)))))));
	}

	private static Map<String, Object> never() {
		return Map.of("timezone", "UTC", "weekly", List.of());
	}
}
