package dev.tether.benchmark.routing;

import java.io.IOException;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;

import dev.tether.benchmark.clock.WallClock;
import dev.tether.benchmark.load.Customers;
import dev.tether.benchmark.load.WebhookBatch;
import dev.tether.benchmark.rig.Rig;
import dev.tether.benchmark.tether.Channel;
import dev.tether.benchmark.tether.Org;
import dev.tether.benchmark.tether.PostgresServer;
import dev.tether.benchmark.tether.TetherApi;

/**
 * Part (e): in an org of its own whose default team is a round-robin team of {@code size} members,
 * all eligible (online or not, no caps), new customers send a plain text; each opens a
 * conversation the team's strategy assigns. Decisions/s is the conversations assigned ÷ (first
 * request sent → the first moment the API counts every acknowledged one assigned), so it holds
 * whether Tether routes before or after it answers. With {@code analyze}, the planner's statistics
 * are brought up to date after the import, as autovacuum would soon do: right after importing
 * 10,000 agents they are stale, and today's routing queries are then much slower.
 */
public final class RoutingDecisions {

	static final String TEXT = "hi";

	private static final Duration POLL = Duration.ofMillis(100);

	private final Rig rig;

	private final TetherApi api;

	private final String adminToken;

	private final PostgresServer postgres;

	private final boolean analyze;

	public RoutingDecisions(Rig rig, TetherApi api, String adminToken, PostgresServer postgres, boolean analyze) {
		this.rig = rig;
		this.api = api;
		this.adminToken = adminToken;
		this.postgres = postgres;
		this.analyze = analyze;
	}

	/**
	 * {@code count} must outlast {@code duration}: each webhook is sent once. With
	 * {@code scheduled} the team and every member have a schedule open now ({@link OpenSchedules}),
	 * so each decision checks real schedule state.
	 */
	public RoutingRun measure(int teamSize, int count, Duration duration, boolean scheduled)
			throws IOException, InterruptedException, SQLException {
		Org org = api.createOrg(adminToken, "Routing, a team of " + teamSize + (scheduled ? ", on schedules" : ""));
		Channel channel = org.aChannel("Routing");
		List<String> members = org.importAgents(teamSize);
		long team = org.aRoundRobinTeam("A team of " + teamSize, members);
		org.routeNewConversationsTo(team);
		if (scheduled) {
			OpenSchedules.put(org, team, postgres);
		}
		if (analyze) {
			postgres.analyze();
		}

		WebhookBatch batch = new Customers(channel.secret()).newOnesSaying(TEXT, count, rig.batchFile("routing"));
		Rig.Driven driven = rig.drive(channel.webhookPath(), batch, duration);
		batch.delete();

		long expected = driven.answers().acknowledged();
		long deadline = System.nanoTime() + rig.replyTimeout().toNanos();
		long assigned = org.assignedConversations(team);
		long lastProgressMicros = WallClock.micros();
		while (assigned < expected && System.nanoTime() < deadline) {
			Thread.sleep(POLL.toMillis());
			long now = org.assignedConversations(team);
			if (now > assigned) {
				assigned = now;
				lastProgressMicros = WallClock.micros();
			}
		}
		double seconds = WallClock.secondsBetween(driven.answers().firstRequestMicros(), lastProgressMicros);
		return new RoutingRun(teamSize, analyze, scheduled, driven.answers(), assigned, assigned / seconds,
				driven.cpu());
	}
}
