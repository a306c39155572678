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
 * Where schedules are kept: each team's or agent's in a row of {@code schedule}, as its form
 * writes it, with its boundary timer (when it next changes); and on the team or agent row, what it
 * says now and until when, the two columns routing reads (the entities read them, never write them).
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
				 set schedule_open = :open, schedule_changes_at = :changesAt,
				     schedule_changed_at = case when schedule_open <> :open then :at else schedule_changed_at end
				where id = :id""")
			.param("open", now.open())
			.param("changesAt", at(now.nextChange()))
			.param("at", at(at))
			.param("id", id)
			.update();
		if (schedule == null) {
			db.sql("delete from schedule where owner = :owner and owner_id = :id")
				.param("owner", owner.name())
				.param("id", id)
				.update();
			return;
		}
		db.sql("""
				insert into schedule (owner, owner_id, org_id, body, due_at)
				select :owner, s.id, s.org_id, :body::jsonb, :due from %s s where s.id = :id
				on conflict (owner, owner_id) do update set body = excluded.body, due_at = excluded.due_at"""
			.formatted(owner.table()))
			.param("owner", owner.name())
			.param("id", id)
			.param("body", json.writeValueAsString(ScheduleForm.of(schedule)))
			.param("due", at(now.nextChange()))
			.update();
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
		db.sql("update schedule set due_at = :due where owner = :owner and owner_id = :id")
			.param("due", at(now.nextChange()))
			.param("owner", owner.name())
			.param("id", id)
			.update();
	}

	@Nullable
	Schedule of(ScheduleOwner owner, long id) {
		String stored = db.sql("select body::text from schedule where owner = :owner and owner_id = :id")
			.param("owner", owner.name())
			.param("id", id)
			.query(String.class)
			.optional()
			.orElse(null);
		return stored == null ? null : read(stored);
	}

	/** Every schedule of the org's teams or agents, by their id. */
	Map<Long, Schedule> allOf(ScheduleOwner owner, long orgId) {
		Map<Long, Schedule> all = new HashMap<>();
		db.sql("select owner_id, body::text as body from schedule where org_id = :org and owner = :owner")
			.param("org", orgId)
			.param("owner", owner.name())
			.query((row, number) -> Map.entry(row.getLong("owner_id"), read(row.getString("body"))))
			.list()
			.forEach(entry -> all.put(entry.getKey(), entry.getValue()));
		return all;
	}

	/**
	 * Schedules whose next change is due, locked: an instance firing the same boundary skips them
	 * rather than waits, so each boundary is acted on once; routing's locks on teams and agents are
	 * not touched.
	 */
	List<Due> lockDue(ScheduleOwner owner, Instant now, int limit) {
		return db.sql("""
				select b.owner_id, b.body::text as body, s.schedule_open
				from schedule b join %s s on s.id = b.owner_id
				where b.owner = :owner and b.due_at <= :now
				order by b.due_at
				limit :limit
				for update of b skip locked""".formatted(owner.table()))
			.param("owner", owner.name())
			.param("now", at(now))
			.param("limit", limit)
			.query((row, number) -> new Due(row.getLong("owner_id"), read(row.getString("body")),
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
