package dev.tether.benchmark.schedule;

import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.tether.benchmark.clock.Percentile;
import dev.tether.benchmark.tether.Channel;
import dev.tether.benchmark.tether.Org;
import dev.tether.benchmark.tether.PostgresServer;
import dev.tether.benchmark.tether.TetherApi;

/**
 * Part (g): {@code teams} teams of one agent each (every member eligible), all closed until the
 * same whole minute, each with {@code perTeam} conversations queued through the Assignment API.
 * At the minute the boundary's timer fires; a team's delay is from the boundary to the moment its
 * first conversation was assigned (the conversation's {@code assigned_at}, Tether's clock on this
 * machine). All teams opening at once is the hard case: one timer round opens them all.
 */
public final class ScheduleBoundaryDelay {

	private static final DateTimeFormatter HOURS = DateTimeFormatter.ofPattern("HH:mm");

	/** Setting up must be done before the boundary: the next whole minute at least this far away. */
	private static final Duration SET_UP = Duration.ofSeconds(40);

	private static final Duration AFTER = Duration.ofSeconds(15);

	private final TetherApi api;

	private final String adminToken;

	private final PostgresServer postgres;

	public ScheduleBoundaryDelay(TetherApi api, String adminToken, PostgresServer postgres) {
		this.api = api;
		this.adminToken = adminToken;
		this.postgres = postgres;
	}

	public BoundaryRun measure(int teams, int perTeam) throws IOException, InterruptedException, SQLException {
		Org org = api.createOrg(adminToken, "Schedule boundary");
		Channel channel = org.aChannel("Boundary");
		Instant boundary = Instant.now().plus(SET_UP).truncatedTo(ChronoUnit.MINUTES).plus(Duration.ofMinutes(1));
		Map<String, Object> closedUntilBoundary = opensAt(boundary);
		for (int t = 0; t < teams; t++) {
			long agent = org.anAgent("Boundary agent " + t);
			long team = org.aRoundRobinTeam("Boundary " + t, List.of(Long.toString(agent)));
			org.schedule("teams", team, closedUntilBoundary);
			for (int i = 0; i < perTeam; i++) {
				org.queueIn(channel, team, "U" + UUID.randomUUID().toString().replace("-", ""));
			}
		}
		if (Instant.now().isAfter(boundary)) {
			throw new IllegalStateException("Setting up took past the boundary; lower boundary.teams");
		}
		Thread.sleep(Duration.between(Instant.now(), boundary.plus(AFTER)).toMillis());
		List<Double> delays = new ArrayList<>();
		int assigned = 0;
		try (Connection connection = DriverManager.getConnection(postgres.jdbcUrl());
				PreparedStatement first = connection.prepareStatement("""
						select min(assigned_at) as first, count(*) as assigned from conversation
						where org_id = ? and status = 'ASSIGNED' group by team_id""")) {
			first.setLong(1, org.id());
			try (ResultSet rows = first.executeQuery()) {
				while (rows.next()) {
					delays.add(Duration.between(boundary, rows.getTimestamp("first").toInstant()).toNanos() / 1e6);
					assigned += rows.getInt("assigned");
				}
			}
		}
		double[] samples = delays.stream().mapToDouble(Double::doubleValue).toArray();
		return new BoundaryRun(teams, teams * perTeam, assigned, Percentile.nearestRank(samples, 50),
				Percentile.nearestRank(samples, 99), Percentile.nearestRank(samples, 100));
	}

	/** Closed but for an hour from {@code opening}, in UTC. */
	private static Map<String, Object> opensAt(Instant opening) {
		ZonedDateTime start = opening.atZone(ZoneOffset.UTC);
		return Map.of("timezone", "UTC", "weekly", List.of(), "overrides",
				List.of(Map.of("date", start.toLocalDate().toString(), "intervals",
						List.of(Map.of("start", HOURS.format(start), "end", HOURS.format(start.plusHours(1)))))));
	}
}
