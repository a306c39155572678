package dev.tether.persistence.contact;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import dev.tether.persistence.Latches;
import dev.tether.persistence.PersistenceTest;
import dev.tether.persistence.Rows;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The contact lock everything that changes a contact's binding or conversation holds, and the
 * queue order a team's drain takes conversations in.
 */
@PersistenceTest
@Import(QueueOrder.class)
@Transactional(propagation = Propagation.NOT_SUPPORTED)
class ContactLockTests {

	private static final Instant NINE = Instant.parse("2026-12-01T09:00:00Z");

	@Autowired
	private Contacts contacts;

	@Autowired
	private QueueOrder queue;

	@Autowired
	private JdbcClient db;

	@Autowired
	private PlatformTransactionManager transactions;

	@Test
	void twoFirstMessagesOfANewContactAtOnceMakeOneContactAndTheSecondWaitsForTheFirst() throws Exception {
		TransactionTemplate transaction = new TransactionTemplate(transactions);
		Rows rows = new Rows(db);
		long org = rows.anOrg();
		long channel = rows.aChannel(org);
		String lineUserId = "U" + Long.toHexString(System.nanoTime());
		CountDownLatch firstHolds = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);

		CompletableFuture<Long> first = CompletableFuture.supplyAsync(() -> transaction.execute(status -> {
			long id = contacts.upsertAndLock(org, channel, lineUserId);
			firstHolds.countDown();
			Latches.await(release);
			return id;
		}));
		assertThat(firstHolds.await(10, TimeUnit.SECONDS)).isTrue();
		CompletableFuture<Long> second = CompletableFuture
			.supplyAsync(() -> transaction.execute(status -> contacts.upsertAndLock(org, channel, lineUserId)));
		rows.awaitALockWait();
		assertThat(second).isNotDone();
		release.countDown();

		assertThat(second.get(10, TimeUnit.SECONDS)).isEqualTo(first.get(10, TimeUnit.SECONDS));
		assertThat(db.sql("select count(*) from contact where channel_id = :channel and line_user_id = :user")
			.param("channel", channel)
			.param("user", lineUserId)
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void aTeamsQueueGivesItsOldestConversationFirstAndSkipsOneWhoseContactIsBusy() throws Exception {
		TransactionTemplate transaction = new TransactionTemplate(transactions);
		Rows rows = new Rows(db);
		long org = rows.anOrg();
		long channel = rows.aChannel(org);
		long team = rows.aTeam(org);
		long busyContact = rows.aContact(org, channel);
		long oldest = rows.aQueuedConversation(org, channel, busyContact, team, NINE);
		long middle = rows.aQueuedConversation(org, channel, rows.aContact(org, channel), team, NINE.plusSeconds(60));
		rows.aQueuedConversation(org, channel, rows.aContact(org, channel), team, NINE.plusSeconds(120));
		rows.aQueuedConversation(org, channel, rows.aContact(org, channel), rows.aTeam(org), NINE.minusSeconds(60));

		Long first = transaction.execute(status -> queue.next(team, List.of()));
		assertThat(first).isEqualTo(oldest);
		Long second = transaction.execute(status -> queue.next(team, List.of(oldest)));
		assertThat(second).as("the oldest but one skipped").isEqualTo(middle);

		CountDownLatch busy = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		CompletableFuture<Void> working = CompletableFuture.runAsync(() -> transaction.executeWithoutResult(status -> {
			contacts.lock(busyContact);
			busy.countDown();
			Latches.await(release);
		}));
		try {
			assertThat(busy.await(10, TimeUnit.SECONDS)).isTrue();
			Long next = transaction.execute(status -> queue.next(team, List.of()));
			assertThat(next).as("taken without waiting for the busy contact").isEqualTo(middle);
		}
		finally {
			release.countDown();
			working.get(10, TimeUnit.SECONDS);
		}
	}
}
