package dev.tether.persistence.schedule;

import java.time.Instant;
import java.util.List;

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
 * and when that next changes. The entities read the last two and never write them.
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

	/**
	 * Schedules whose next change is due, locked: an instance firing the same boundary skips them
	 * rather than waits, so each boundary is acted on once.
	 */
	List<Due> lockDue(ScheduleOwner owner, Instant now, int limit) {
		return db.sql("select id, schedule::text as schedule, schedule_open from " + owner.table() + """
				 where schedule_changes_at <= :now
				order by schedule_changes_at
				limit :limit
				for update skip locked""")
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
