package dev.tether.persistence.outbox;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import dev.tether.persistence.Latches;
import dev.tether.persistence.PersistenceTest;
import dev.tether.persistence.outbox.OutboxTable.Attempt;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import static dev.tether.persistence.sql.SqlValues.at;
import static org.assertj.core.api.Assertions.assertThat;

/** The one outbox mechanism, on a table of the outbox shape, against PostgreSQL. */
@PersistenceTest
class OutboxTableTests {

	private static final Instant NOW = Instant.parse("2026-12-01T09:00:00Z");

	private static final OutboxTable OUTBOX = new OutboxTable("test_outbox", "deadline_at", "taken_at",
			"d.receiver_active", "TAKEN", "REFUSED", "OUT_OF_TIME", new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(8)),
			Duration.ofSeconds(30));

	private final ThisInstance instance = new ThisInstance();

	@Autowired
	private JdbcClient db;

	@Autowired
	private PlatformTransactionManager transactions;

	@BeforeEach
	void anEmptyOutbox() {
		db.sql("""
				create table if not exists test_outbox (
				    id bigint generated always as identity primary key, status text not null,
				    attempts int not null default 0, next_attempt_at timestamptz not null, lease_until timestamptz,
				    deadline_at timestamptz not null, last_status_code int, last_error text,
				    last_attempt_at timestamptz, last_attempt_by text, taken_at timestamptz,
				    receiver_active boolean not null default true)""").update();
		db.sql("truncate test_outbox").update();
	}

	@Test
	void aClaimLeasesTheOldestDueRowsAndCountsTheAttempt() {
		long later = aRow(NOW.minusSeconds(1), NOW.plusSeconds(60));
		long earlier = aRow(NOW.minusSeconds(5), NOW.plusSeconds(60));
		aRow(NOW.plusSeconds(1), NOW.plusSeconds(60));

		List<Long> claimed = claim(NOW, 10);

		assertThat(claimed).containsExactly(earlier, later);
		assertThat(row(earlier)).containsEntry("attempts", 1).containsEntry("lease_until", at(NOW.plusSeconds(30)));
	}

	@Test
	void aLeasedRowIsNotClaimedAgainUntilItsLeaseRunsOut() {
		long leased = aRow(NOW, NOW.plusSeconds(600));
		claim(NOW, 10);

		assertThat(claim(NOW.plusSeconds(29), 10)).isEmpty();
		assertThat(claim(NOW.plusSeconds(31), 10)).containsExactly(leased);
		assertThat(row(leased)).containsEntry("attempts", 2);
	}

	@Test
	void aRowWhoseReceiverNoLongerWantsItIsNotClaimed() {
		long unwanted = aRow(NOW, NOW.plusSeconds(60));
		db.sql("update test_outbox set receiver_active = false where id = :id").param("id", unwanted).update();

		assertThat(claim(NOW, 10)).isEmpty();
	}

	@Test
	void aRowPastItsDeadlineIsMarkedOutOfTimeInsteadOfAttempted() {
		long stale = aRow(NOW.minusSeconds(10), NOW);

		assertThat(claim(NOW, 10)).isEmpty();
		assertThat(row(stale)).containsEntry("status", "OUT_OF_TIME");
	}

	@Test
	void aTakenAttemptEndsTheLeaseAndSaysWhenAndByWhom() {
		long row = aRow(NOW, NOW.plusSeconds(60));
		claim(NOW, 10);

		OUTBOX.record(db, List.of(new Attempt(row, 1, new Delivery.Accepted(202))), NOW.plusSeconds(1), instance);

		assertThat(row(row)).containsEntry("status", "TAKEN")
			.containsEntry("last_status_code", 202)
			.containsEntry("taken_at", at(NOW.plusSeconds(1)))
			.containsEntry("last_attempt_by", instance.name())
			.containsEntry("lease_until", null);
	}

	@Test
	void aFailedAttemptIsTriedAgainAfterTheBackoffOfItsNumber() {
		long first = aRow(NOW, NOW.plusSeconds(60));
		long third = aRow(NOW, NOW.plusSeconds(60));
		claim(NOW, 10);

		OUTBOX.record(db, List.of(new Attempt(first, 1, new Delivery.Failed(503, "HTTP 503")),
				new Attempt(third, 3, new Delivery.Failed(null, "timed out"))), NOW, instance);

		assertThat(row(first)).containsEntry("status", "PENDING")
			.containsEntry("next_attempt_at", at(NOW.plusSeconds(1)))
			.containsEntry("last_error", "HTTP 503")
			.containsEntry("lease_until", null);
		assertThat(row(third)).containsEntry("next_attempt_at", at(NOW.plusSeconds(4)));
	}

	@Test
	void aFailureWhoseRetryWouldComeTooLateIsOutOfTimeAndARefusalIsFinal() {
		long late = aRow(NOW, NOW.plusMillis(999));
		long refused = aRow(NOW, NOW.plusSeconds(60));
		claim(NOW, 10);

		OUTBOX.record(db, List.of(new Attempt(late, 1, new Delivery.Failed(500, "HTTP 500")),
				new Attempt(refused, 1, new Delivery.Refused(400, "Invalid reply token"))), NOW, instance);

		assertThat(row(late)).containsEntry("status", "OUT_OF_TIME");
		assertThat(row(refused)).containsEntry("status", "REFUSED").containsEntry("last_status_code", 400);
		assertThat(claim(NOW.plusSeconds(120), 10)).isEmpty();
	}

	@Test
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	void twoInstancesClaimingAtOnceTakeDifferentRowsWithoutWaitingForEachOther() throws Exception {
		List<Long> rows = List.of(aRow(NOW, NOW.plusSeconds(60)), aRow(NOW, NOW.plusSeconds(60)),
				aRow(NOW, NOW.plusSeconds(60)), aRow(NOW, NOW.plusSeconds(60)));
		TransactionTemplate transaction = new TransactionTemplate(transactions);
		CountDownLatch firstHoldsItsRows = new CountDownLatch(1);
		CountDownLatch secondIsDone = new CountDownLatch(1);
		try {
			CompletableFuture<List<Long>> first = CompletableFuture.supplyAsync(() -> transaction.execute(status -> {
				List<Long> claimed = claim(NOW, 2);
				firstHoldsItsRows.countDown();
				Latches.await(secondIsDone);
				return claimed;
			}));
			Latches.await(firstHoldsItsRows);
			List<Long> second = transaction.execute(status -> claim(NOW, 4));
			secondIsDone.countDown();

			assertThat(first.get(10, TimeUnit.SECONDS)).hasSize(2).doesNotContainAnyElementsOf(second);
			assertThat(second).hasSize(2);
			assertThat(rows).containsAll(second);
		}
		finally {
			db.sql("truncate test_outbox").update();
		}
	}

	private List<Long> claim(Instant now, int limit) {
		return OUTBOX.claimDue(db, now, limit, "id, next_attempt_at", "select id from claimed order by next_attempt_at, id",
				(row, number) -> row.getLong("id"));
	}

	private long aRow(Instant due, Instant deadline) {
		return db.sql("""
				insert into test_outbox (status, next_attempt_at, deadline_at) values ('PENDING', :due, :deadline)
				returning id""").param("due", at(due)).param("deadline", at(deadline)).query(Long.class).single();
	}

	private Map<String, Object> row(long id) {
		Map<String, Object> row = new java.util.HashMap<>(
				db.sql("select * from test_outbox where id = :id").param("id", id).query().singleRow());
		row.replaceAll((column, value) -> value instanceof java.sql.Timestamp time ? at(time.toInstant()) : value);
		return row;
	}
}
