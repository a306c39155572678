package dev.tether.persistence.schedule;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.tether.core.schedule.Availability;
import dev.tether.core.schedule.Schedule;
import dev.tether.core.schedule.ScheduleForm;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import static dev.tether.persistence.sql.SqlValues.at;

/**
 * The schedule columns of teams and agents: the schedule as its form writes it, whether it is open
 * and when that next changes (the entities read the last two and never write them); and the
 * boundary timer's rows, one per schedule with a next change.
 */
@Component
class Schedules {

	private final JdbcClient db;

	private final JsonMapper json;

	Schedules(JdbcClient db, JsonMapper json) {
		this.db = db;
		this.json = json;
	}

	/**
	 * Keeps {@code schedule} ({@code null}: none, always available) and what it says at {@code at};
	 * a change from open to closed or back is remembered as made then.
	 */
	void store(ScheduleOwner owner, long id, @Nullable Schedule schedule, Availability now, Instant at) {
		db.sql("update " + owner.table() + """
				 set schedule = :schedule::jsonb, schedule_open = :open, schedule_changes_at = :changesAt,
				     schedule_changed_at = case when schedule_open <> :open then :at else schedule_changed_at end
				where id = :id""")
			.param("schedule", schedule == null ? null : json.writeValueAsString(ScheduleForm.of(schedule)))
			.param("open", now.open())
			.param("changesAt", at(now.nextChange()))
			.param("at", at(at))
			.param("id", id)
			.update();
		due(owner, id, now);
	}

	/**
	 * Only what the schedule says, after its timer fired; a flip is remembered as made at the
	 * boundary itself, however late the timer came.
	 */
	void keep(ScheduleOwner owner, long id, Availability now) {
		db.sql("update " + owner.table() + """
				 set schedule_open = :open, schedule_changes_at = :changesAt,
				     schedule_changed_at = case when schedule_open <> :open then schedule_changes_at
				                                else schedule_changed_at end
				where id = :id""")
			.param("open", now.open())
			.param("changesAt", at(now.nextChange()))
			.param("id", id)
			.update();
		due(owner, id, now);
	}

	/** The timer's row: due at the next change, or none when nothing changes again. */
	private void due(ScheduleOwner owner, long id, Availability now) {
		if (now.nextChange() == null) {
			db.sql("delete from schedule_boundary where owner = :owner and owner_id = :id")
				.param("owner", owner.name())
				.param("id", id)
				.update();
			return;
		}
		db.sql("""
				insert into schedule_boundary (owner, owner_id, due_at) values (:owner, :id, :due)
				on conflict (owner, owner_id) do update set due_at = excluded.due_at""")
			.param("owner", owner.name())
			.param("id", id)
			.param("due", at(now.nextChange()))
			.update();
	}

	@Nullable
	Schedule of(ScheduleOwner owner, long id) {
		String stored = db.sql("select schedule::text from " + owner.table() + " where id = :id")
			.param("id", id)
			.query(String.class)
			.optional()
			.orElse(null);
		return stored == null ? null : read(stored);
	}

	/** Every schedule of the org's teams or agents, by their id. */
	Map<Long, Schedule> allOf(ScheduleOwner owner, long orgId) {
		Map<Long, Schedule> all = new HashMap<>();
		db.sql("select id, schedule::text as schedule from " + owner.table()
				+ " where org_id = :org and schedule is not null")
			.param("org", orgId)
			.query((row, number) -> Map.entry(row.getLong("id"), read(row.getString("schedule"))))
			.list()
			.forEach(entry -> all.put(entry.getKey(), entry.getValue()));
		return all;
	}

	/**
	 * Schedules whose next change is due, locked: an instance firing the same boundary skips them
	 * rather than waits, so each boundary is acted on once.
	 */
	List<Due> lockDue(ScheduleOwner owner, Instant now, int limit) {
		return db.sql("select s.id, s.schedule::text as schedule, s.schedule_open from schedule_boundary b join "
				+ owner.table() + """
				 s on s.id = b.owner_id
				where b.owner = :owner and b.due_at <= :now
				order by b.due_at
				limit :limit
				for update of b skip locked""")
			.param("owner", owner.name())
			.param("now", at(now))
			.param("limit", limit)
			.query((row, number) -> new Due(row.getLong("id"), read(row.getString("schedule")),
					row.getBoolean("schedule_open")))
			.list();
	}

	private Schedule read(String stored) {
		ScheduleForm.Reading reading = json.readValue(stored, ScheduleForm.class).read();
		if (reading instanceof ScheduleForm.Reading.Valid valid) {
			return valid.schedule();
		}
		throw new IllegalStateException("A stored schedule no longer reads: " + reading);
	}

	/** A schedule at its boundary, and whether it was open until then. */
	record Due(long id, Schedule schedule, boolean wasOpen) {
	}
}
