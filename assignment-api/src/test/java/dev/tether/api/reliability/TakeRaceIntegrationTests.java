package dev.tether.api.reliability;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import dev.tether.api.routing.RoutingScenario;
import dev.tether.api.support.TetherClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Two agents press "take" on the same waiting chat at the same instant, round after round. */
class TakeRaceIntegrationTests extends RoutingScenario {

	private static final int ROUNDS = 50;

	private final ExecutorService agents = Executors.newFixedThreadPool(2);

	@AfterEach
	void stopAgents() {
		agents.shutdownNow();
	}

	@Test
	void exactlyOneAgentTakesAChatAndTheOtherIsToldWhoHasIt() throws Exception {
		String alice = org.anAgent("Alice Chen");
		String bob = org.anAgent("Bob Sato");
		useDefaultTeam(org.aTeam("Sales", Map.of("strategy", "MANUAL"), alice, bob));
		Map<String, String> tokens = Map.of(alice, org.aToken("AGENT", alice), bob, org.aToken("AGENT", bob));
		Map<String, String> names = Map.of(alice, "Alice Chen", bob, "Bob Sato");
		List<String> doubleTakes = new ArrayList<>();

		for (int round = 0; round < ROUNDS; round++) {
			Chat chat = aNewConversation();
			assertThat(statusOf(chat.id())).isEqualTo("QUEUED");
			CyclicBarrier start = new CyclicBarrier(2);
			CompletableFuture<TetherClient.Response> byAlice = take(chat, alice, tokens.get(alice), start);
			CompletableFuture<TetherClient.Response> byBob = take(chat, bob, tokens.get(bob), start);
			List<TetherClient.Response> answers = List.of(byAlice.get(), byBob.get());

			List<TetherClient.Response> won = answers.stream().filter(answer -> answer.status() == 200).toList();
			if (won.size() != 1) {
				doubleTakes.add("round " + round + ": " + answers);
				continue;
			}
			String holder = holderOf(chat.id());
			TetherClient.Response lost = answers.stream().filter(answer -> answer != won.get(0)).findFirst().orElseThrow();
			assertThat(lost.status()).as(lost.toString()).isEqualTo(409);
			assertThat(lost.problemCode()).isEqualTo("CONVERSATION_TAKEN");
			assertThat(lost.field("detail")).contains(names.get(holder));
			assertThat(won.get(0).json().path("conversation").path("agentId").asString()).isEqualTo(holder);
			assertThat(assignmentsTo(chat)).as("log entries giving the chat to an agent").isEqualTo(1);
		}
		assertThat(doubleTakes).isEmpty();
		assertThat(openConversationsOf(alice) + openConversationsOf(bob)).isEqualTo(ROUNDS);
	}

	private CompletableFuture<TetherClient.Response> take(Chat chat, String agent, String token,
			CyclicBarrier start) {
		return CompletableFuture.supplyAsync(() -> {
			try {
				start.await();
			}
			catch (Exception ex) {
				throw new IllegalStateException(ex);
			}
			return assign(token, chat.id(), agent, null);
		}, agents);
	}

	private long assignmentsTo(Chat chat) {
		return db.sql("""
				select count(*) from assignment_log
				where conversation_id = ? and kind = 'ASSIGNEE' and to_agent_id is not null""")
			.param(Long.parseLong(chat.id()))
			.query(Long.class)
			.single();
	}
}
