package dev.tether.api.concurrency;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import dev.tether.api.support.IntegrationTest;
import dev.tether.api.support.LineWebhook;
import dev.tether.api.support.OrgFixture;
import dev.tether.api.support.OrgFixture.ChannelRef;
import dev.tether.api.support.TetherClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two application instances on one database, as in production behind a load balancer. The
 * guarantees must hold because PostgreSQL enforces them, not because one JVM happens to.
 */
class TwoInstancesIntegrationTests extends IntegrationTest {

	private static final int CONVERSATIONS = 200;

	private static ConfigurableApplicationContext secondInstance;

	@AfterAll
	static void stopSecondInstance() {
		if (secondInstance != null) {
			secondInstance.close();
		}
	}

	@Test
	void concurrentNewConversationsOnTwoInstancesAreEachAssignedOnceInExactRotation() throws Exception {
		OrgFixture org = anOrg();
		ChannelRef channel = org.aChannel();
		List<String> agents = agents(org, 10);
		String team = org.aTeam("Support", Map.of("strategy", "ROUND_ROBIN"), agents.toArray(String[]::new));
		defaultTeam(org, team);

		List<String> customers = sendNewConversations(channel);

		Map<String, Long> perAgent = assignedPerAgent(org);
		assertThat(perAgent.keySet()).containsExactlyInAnyOrderElementsOf(agents);
		assertThat(perAgent.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(CONVERSATIONS);
		long most = perAgent.values().stream().mapToLong(Long::longValue).max().orElseThrow();
		long least = perAgent.values().stream().mapToLong(Long::longValue).min().orElseThrow();
		assertThat(most - least).as("rotation counts %s", perAgent).isLessThanOrEqualTo(1);
		assertEveryConversationAssignedExactlyOnce(org, customers);
	}

	@Test
	void concurrentNewConversationsOnTwoInstancesNeverPushAnAgentPastACap() throws Exception {
		OrgFixture org = anOrg();
		ChannelRef channel = org.aChannel();
		List<String> agents = agents(org, 10);
		String capped = agents.get(0);
		api.patch("/api/v1/agents/" + capped, org.ownerToken(), Map.of("maxOpenContacts", 5));
		String team = org.aTeam("Support", Map.of("strategy", "LEAST_OPEN", "maxOpenContacts", 15),
				agents.toArray(String[]::new));
		defaultTeam(org, team);

		sendNewConversations(channel);

		Map<String, Long> perAgent = assignedPerAgent(org);
		assertThat(perAgent.get(capped)).isEqualTo(5);
		perAgent.forEach((agent, count) -> assertThat(count).as("agent %s", agent).isLessThanOrEqualTo(15));
		assertThat(perAgent.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(5 + 9 * 15);
		assertThat(countWhere(org, "status = 'QUEUED'")).isEqualTo(CONVERSATIONS - (5 + 9 * 15));
		for (String agent : agents) {
			assertThat(api.get("/api/v1/agents/" + agent, org.ownerToken()).json().path("openConversations").asLong())
				.as("live load of %s", agent)
				.isEqualTo(perAgent.get(agent));
		}
	}

	/** Half the webhooks go to each instance, from 16 clients at once. */
	private List<String> sendNewConversations(ChannelRef channel) throws Exception {
		LineWebhook first = webhookOf(channel);
		LineWebhook second = webhookOf(clientFor(secondInstancePort()), channel);
		ExecutorService clients = Executors.newFixedThreadPool(16);
		try {
			List<String> customers = new ArrayList<>();
			List<Future<TetherClient.Response>> answers = new ArrayList<>();
			for (int i = 0; i < CONVERSATIONS; i++) {
				String customer = LineWebhook.aLineUserId();
				customers.add(customer);
				LineWebhook instance = i % 2 == 0 ? first : second;
				answers.add(clients.submit(() -> instance.deliver(LineWebhook.text(customer, "Hello, I need help"))));
			}
			for (Future<TetherClient.Response> answer : answers) {
				assertThat(answer.get().status()).isEqualTo(200);
			}
			return customers;
		}
		finally {
			clients.shutdown();
		}
	}

	private int secondInstancePort() {
		if (secondInstance == null) {
			secondInstance = anotherInstance();
		}
		return portOf(secondInstance);
	}

	private static List<String> agents(OrgFixture org, int count) {
		List<String> agents = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			agents.add(org.anAgent("Agent " + i));
		}
		return agents;
	}

	private void defaultTeam(OrgFixture org, String team) {
		assertThat(api.put("/api/v1/settings", org.ownerToken(),
				Map.of("assignmentMode", "PERMANENT", "autoTags", List.of(), "defaultTeamId", team)).status())
			.isEqualTo(200);
	}

	private Map<String, Long> assignedPerAgent(OrgFixture org) {
		Map<String, Long> perAgent = new java.util.TreeMap<>();
		db.sql("select agent_id, count(*) from conversation where org_id = ? and status = 'ASSIGNED' group by agent_id")
			.param(Long.parseLong(org.id()))
			.query((row, n) -> perAgent.put(Long.toString(row.getLong(1)), row.getLong(2)))
			.list();
		return perAgent;
	}

	private long countWhere(OrgFixture org, String condition) {
		return db.sql("select count(*) from conversation where org_id = ? and " + condition)
			.param(Long.parseLong(org.id()))
			.query(Long.class)
			.single();
	}

	/** One live conversation per contact, one assignee each, and exactly one log entry giving it. */
	private void assertEveryConversationAssignedExactlyOnce(OrgFixture org, List<String> customers) {
		assertThat(countWhere(org, "status = 'ASSIGNED'")).isEqualTo(customers.size());
		assertThat(db.sql("""
				select count(*) from assignment_log l join conversation c on c.id = l.conversation_id
				where c.org_id = ? and l.kind = 'ASSIGNEE'""").param(Long.parseLong(org.id())).query(Long.class).single())
			.isEqualTo(customers.size());
		assertThat(db.sql("select count(distinct contact_id) from conversation where org_id = ?")
			.param(Long.parseLong(org.id()))
			.query(Long.class)
			.single()).isEqualTo(customers.size());
	}
}
