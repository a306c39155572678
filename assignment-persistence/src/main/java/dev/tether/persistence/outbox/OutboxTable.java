package dev.tether.persistence.outbox;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;

import static dev.tether.persistence.sql.SqlValues.at;

/**
 * One outbox table and its rules, the same for LINE replies and outbound events: rows wait as
 * {@code PENDING}; an instance leases due ones with {@code FOR UPDATE SKIP LOCKED} so instances
 * claim side by side and a crashed one's lease simply runs out; each attempt ends the lease and is
 * recorded, in one statement for any number of them; a failure is tried again after the
 * {@link Backoff}, unless that would be past the row's deadline, and rows whose deadline passed
 * while they waited are not attempted at all.
 *
 * @param name the table; it has {@code status, attempts, next_attempt_at, lease_until,
 * last_status_code, last_error, last_attempt_at, last_attempt_by} and the two columns below
 * @param deadline the column after which a row is no longer worth delivering
 * @param deliveredAt the column that says when it was taken
 * @param wanted a further condition on a due row {@code d} (its receiver still wants it), or {@code true}
 * @param delivered the status of a row taken
 * @param refused the status of a row the receiver will never take
 * @param expired the status of a row out of time
 * @param retry how long to wait after each failed attempt
 * @param lease how long a claim holds a row before another instance may take it
 */
public record OutboxTable(String name, String deadline, String deliveredAt, String wanted, String delivered,
		String refused, String expired, Backoff retry, Duration lease) {

	/**
	 * Leases up to {@code limit} due rows, oldest due first, in the caller's transaction, after
	 * marking those whose deadline passed. The leased rows are the CTE {@code claimed}, with
	 * {@code returning} of their columns (the attempt count includes this attempt), and
	 * {@code select} reads them, joined to whatever it takes to send them.
	 */
	public <T> List<T> claimDue(JdbcClient db, Instant now, int limit, String returning, String select,
			RowMapper<T> rows) {
		db.sql("update %s set status = '%s', lease_until = null where status = 'PENDING' and %s <= :now"
			.formatted(name, expired, deadline)).param("now", at(now)).update();
		return db.sql("""
				with claimed as (
				    update %1$s set lease_until = :leaseUntil, attempts = attempts + 1
				    where id in (
				        select d.id from %1$s d
				        where d.status = 'PENDING' and d.next_attempt_at <= :now and d.%2$s > :now
				          and (d.lease_until is null or d.lease_until < :now) and (%3$s)
				        order by d.next_attempt_at
				        limit :limit
				        for update of d skip locked)
				    returning %4$s)
				%5$s""".formatted(name, deadline, wanted, returning, select))
			.param("now", at(now))
			.param("leaseUntil", at(now.plus(lease)))
			.param("limit", limit)
			.query(rows)
			.list();
	}

	/** Records attempts with one statement, in the name of the instance that made them. */
	public void record(JdbcClient db, List<Attempt> attempts, Instant now, ThisInstance by) {
		if (attempts.isEmpty()) {
			return;
		}
		int n = attempts.size();
		Long[] ids = new Long[n];
		String[] kinds = new String[n];
		Integer[] codes = new Integer[n];
		String[] errors = new String[n];
		Long[] backoffs = new Long[n];
		for (int i = 0; i < n; i++) {
			Attempt attempt = attempts.get(i);
			ids[i] = attempt.id();
			backoffs[i] = retry.after(attempt.number()).toMillis();
			if (attempt.delivery() instanceof Delivery.Accepted accepted) {
				kinds[i] = "ACCEPTED";
				codes[i] = accepted.statusCode();
			}
			else if (attempt.delivery() instanceof Delivery.Refused refusal) {
				kinds[i] = "REFUSED";
				codes[i] = refusal.statusCode();
				errors[i] = refusal.error();
			}
			else if (attempt.delivery() instanceof Delivery.Failed failure) {
				kinds[i] = "FAILED";
				codes[i] = failure.statusCode();
				errors[i] = failure.error();
			}
		}
		db.sql("""
				update %1$s r set
				    status = case o.kind when 'ACCEPTED' then '%3$s' when 'REFUSED' then '%4$s'
				                 else case when :now::timestamptz + o.backoff * interval '1 millisecond' < r.%2$s
				                           then r.status else '%5$s' end end,
				    last_status_code = o.code,
				    last_error = o.error,
				    last_attempt_at = :now,
				    last_attempt_by = :by,
				    %6$s = case when o.kind = 'ACCEPTED' then :now else r.%6$s end,
				    next_attempt_at = case when o.kind = 'FAILED'
				                           then :now::timestamptz + o.backoff * interval '1 millisecond'
				                           else r.next_attempt_at end,
				    lease_until = null
				from unnest(:ids::bigint[], :kinds::text[], :codes::int[], :errors::text[], :backoffs::bigint[])
				     as o(id, kind, code, error, backoff)
				where r.id = o.id""".formatted(name, deadline, delivered, refused, expired, deliveredAt))
			.param("ids", ids)
			.param("kinds", kinds)
			.param("codes", codes)
			.param("errors", errors)
			.param("backoffs", backoffs)
			.param("now", at(now))
			.param("by", by.name())
			.update();
	}

	/**
	 * One attempt at a row: its number counts this one, as the claim returned it.
	 */
	public record Attempt(long id, int number, Delivery delivery) {
	}
}
