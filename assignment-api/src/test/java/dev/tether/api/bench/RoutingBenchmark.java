package dev.tether.api.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import dev.tether.api.support.IntegrationTest;
import dev.tether.api.support.LineWebhook;
import dev.tether.api.support.OrgFixture.ChannelRef;
import dev.tether.api.support.OrgFixture;
import dev.tether.core.access.Role;
import dev.tether.persistence.routing.ManualAssignments;
import dev.tether.persistence.routing.Operator;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Load harness, not a test. (1) Assignment decisions per second for teams of 10 and 10,000
 * members: each decision is a full team routing of an open conversation through the service,
 * under the contact's and the team's locks, with capacity taken, rotation advanced and the log
 * written. (2) The delay from an agent coming online to a queued conversation being assigned,
 * over HTTP. Run with {@code ./mvnw -pl assignment-api verify -Pbenchmark}.
 */
@Tag("benchmark")
class RoutingBenchmark extends IntegrationTest {

	private static final Operator BENCHMARK = new Operator(Role.OWNER, null, "benchmark");

	private static final int DECISIONS = 2_000;

	private static final int THREADS = 4;

	@Autowired
	private ManualAssignments manual;

	@Test
	void assignmentDecisionsPerSecondDoNotDependOnTeamSize() throws Exception {
		StringBuilder report = new StringBuilder();
		for (String strategy : List.of("ROUND_ROBIN", "LEAST_OPEN", "RANDOM")) {
			for (int members : List.of(10, 10_000)) {
				decisionsPerSecond(strategy, members, 300);
				report.append(decisionsPerSecond(strategy, members, DECISIONS));
			}
		}
		System.out.print(report);
		Files.writeString(Path.of("target", "benchmark-routing.txt"), report, StandardOpenOption.CREATE,
				StandardOpenOption.TRUNCATE_EXISTING);
	}

	@Test
	void delayFromAnAgentComingOnlineToAQueuedConversationBeingAssigned() throws Exception {
		OrgFixture org = anOrg();
		ChannelRef channel = org.aChannel();
		String agent = org.anAgent("Alice Chen");
		String team = org.aTeam("Night shift", Map.of("onlineOnly", true), agent);
		api.put("/api/v1/settings", org.ownerToken(),
				Map.of("assignmentMode", "PERMANENT", "autoTags", List.of(), "defaultTeamId", team));
		List<Long> delays = new ArrayList<>();
		for (int round = 0; round < 120; round++) {
			api.put("/api/v1/agents/" + agent + "/presence", org.ownerToken(), Map.of("status", "OFFLINE"));
			String customer = LineWebhook.aLineUserId();
			webhookOf(channel).deliver(LineWebhook.text(customer, "Anyone there?"));
			String conversation = org.contact(channel, customer).json().path("conversation").path("id").asString();
			assertThat(org.contact(channel, customer).json().path("conversation").path("status").asString())
				.isEqualTo("QUEUED");

			long start = System.nanoTime();
			api.put("/api/v1/agents/" + agent + "/presence", org.ownerToken(), Map.of("status", "ONLINE"));
			String status = api.get("/api/v1/conversations/" + conversation, org.ownerToken()).field("status");
			long delay = System.nanoTime() - start;

			assertThat(status).isEqualTo("ASSIGNED");
			if (round >= 20) {
				delays.add(delay);
			}
			api.post("/api/v1/conversations/" + conversation + "/close", org.ownerToken(), null);
		}
		Collections.sort(delays);
		String result = String.format(
				"online -> queued conversation assigned (PUT presence + GET conversation, over HTTP): %d rounds, p50 %.1f ms, p95 %.1f ms, max %.1f ms%n",
				delays.size(), ms(delays, 50), ms(delays, 95), delays.get(delays.size() - 1) / 1e6);
		System.out.print(result);
		Files.writeString(Path.of("target", "benchmark-queue-delay.txt"), result);
	}

	private String decisionsPerSecond(String strategy, int members, int decisions) throws Exception {
		OrgFixture org = anOrg();
		long orgId = Long.parseLong(org.id());
		ChannelRef channel = org.aChannel();
		String team = org.aTeam(strategy + " " + members, Map.of("strategy", strategy));
		long teamId = Long.parseLong(team);
		db.sql("""
				insert into agent (org_id, email, name, role)
				select ?, 'agent' || g || '@bench.test', 'Agent ' || g, 'AGENT' from generate_series(1, ?) g""")
			.params(orgId, members)
			.update();
		db.sql("""
				insert into team_member (team_id, agent_id, position)
				select ?, id, row_number() over (order by id) from agent where org_id = ?""")
			.params(teamId, orgId)
			.update();
		List<Long> conversations = openConversations(orgId, Long.parseLong(channel.id()), decisions);
		db.sql("analyze").update();

		ExecutorService threads = Executors.newFixedThreadPool(THREADS);
		long started = System.nanoTime();
		try {
			List<Future<?>> done = new ArrayList<>();
			for (long conversation : conversations) {
				done.add(threads.submit(() -> manual.assign(orgId, conversation, null, teamId, BENCHMARK)));
			}
			for (Future<?> one : done) {
				one.get();
			}
		}
		finally {
			threads.shutdown();
		}
		double seconds = (System.nanoTime() - started) / 1e9;
		assertThat(db.sql("select count(*) from conversation where org_id = ? and status = 'ASSIGNED'")
			.param(orgId)
			.query(Long.class)
			.single()).isEqualTo(decisions);
		return String.format("%-11s team of %,6d: %,d decisions in %.2f s = %,.0f decisions/s (%d threads)%n", strategy,
				members, decisions, seconds, decisions / seconds, THREADS);
	}

	/** Unassigned open conversations of new contacts, made directly: the harness times routing only. */
	private List<Long> openConversations(long orgId, long channelId, int count) {
		db.sql("""
				insert into contact (org_id, channel_id, line_user_id)
				select ?, ?, 'Ubench' || md5(random()::text) from generate_series(1, ?)""")
			.params(orgId, channelId, count)
			.update();
		db.sql("""
				insert into conversation (org_id, channel_id, contact_id, status, opened_at)
				select org_id, channel_id, id, 'UNASSIGNED', now() from contact where channel_id = ?""")
			.param(channelId)
			.update();
		return db.sql("select id from conversation where channel_id = ? order by id")
			.param(channelId)
			.query(Long.class)
			.list();
	}

	private static double ms(List<Long> sorted, int percentile) {
		return sorted.get(Math.min(sorted.size() - 1, sorted.size() * percentile / 100)) / 1e6;
	}
}
