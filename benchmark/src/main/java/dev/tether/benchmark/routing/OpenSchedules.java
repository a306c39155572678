package dev.tether.benchmark.routing;

import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import dev.tether.benchmark.tether.Org;
import dev.tether.benchmark.tether.PostgresServer;
import tools.jackson.databind.json.JsonMapper;

/**
 * Part (f)'s schedules: open around the clock in UTC but closed on a date a month ahead, so every
 * schedule has a next change (a row in the boundary timer's index) and routing checks real state.
 * The team's goes through the API; its members' are written as the API writes them, straight into
 * their rows, because ten thousand PUTs would measure the PUTs.
 */
final class OpenSchedules {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private OpenSchedules() {
	}

	static void put(Org org, long team, PostgresServer postgres) throws IOException, InterruptedException, SQLException {
		LocalDate closed = LocalDate.now(ZoneOffset.UTC).plusDays(30);
		Map<String, Object> schedule = Map.of("timezone", "UTC",
				"weekly", List.of("MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN")
					.stream()
					.map(day -> Map.of("day", day, "start", "00:00", "end", "24:00"))
					.toList(),
				"overrides", List.of(Map.of("date", closed.toString(), "closed", true)));
		org.schedule("teams", team, schedule);
		Timestamp change = Timestamp.from(closed.atStartOfDay(ZoneOffset.UTC).toInstant());
		try (Connection connection = DriverManager.getConnection(postgres.jdbcUrl());
				PreparedStatement state = connection.prepareStatement("""
						update agent a set schedule_open = true, schedule_changes_at = ?
						from team_member m where m.agent_id = a.id and m.team_id = ?""");
				PreparedStatement kept = connection.prepareStatement("""
						insert into schedule (owner, owner_id, org_id, body, due_at)
						select 'AGENT', a.id, a.org_id, ?::jsonb, ?
						from team_member m join agent a on a.id = m.agent_id where m.team_id = ?""")) {
			state.setTimestamp(1, change);
			state.setLong(2, team);
			state.executeUpdate();
			kept.setString(1, JSON.writeValueAsString(schedule));
			kept.setTimestamp(2, change);
			kept.setLong(3, team);
			kept.executeUpdate();
		}
	}
}
