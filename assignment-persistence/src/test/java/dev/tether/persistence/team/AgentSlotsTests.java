package dev.tether.persistence.team;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import dev.tether.persistence.Latches;
import dev.tether.persistence.PersistenceTest;
import dev.tether.persistence.Rows;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** Taking a conversation slot: the capacity rule the database holds under concurrent takers. */
@PersistenceTest
class AgentSlotsTests {

	@Autowired
	private Agents agents;

	@Autowired
	private JdbcClient db;

	@Autowired
	private PlatformTransactionManager transactions;

	@Test
	void aSlotIsTakenOnlyBelowBothTheTeamsCapAndTheAgentsOwn() {
		Rows rows = new Rows(db);
		long org = rows.anOrg();
		long underBoth = rows.anAgent(org, 3, 1);
		long atOwnCap = rows.anAgent(org, 2, 2);
		long uncapped = rows.anAgent(org, null, 40);

		assertThat(agents.takeSlot(underBoth, 2)).isEqualTo(1);
		assertThat(agents.takeSlot(underBoth, 2)).as("now at the team's cap").isZero();
		assertThat(agents.takeSlot(atOwnCap, 10)).isZero();
		assertThat(agents.takeSlot(uncapped, Integer.MAX_VALUE)).isEqualTo(1);
		assertThat(openConversations(underBoth)).isEqualTo(2);
		assertThat(openConversations(uncapped)).isEqualTo(41);
	}

	@Test
	void aDeactivatedAgentTakesNoSlot() {
		Rows rows = new Rows(db);
		long agent = rows.anAgent(rows.anOrg(), null, 0);
		db.sql("update agent set active = false where id = :id").param("id", agent).update();

		assertThat(agents.takeSlot(agent, Integer.MAX_VALUE)).isZero();
	}

	@Test
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	void twoTakersOfAnAgentsLastSlotNeverBothGetIt() throws Exception {
		TransactionTemplate transaction = new TransactionTemplate(transactions);
		long agent = transaction.execute(status -> new Rows(db).anAgent(new Rows(db).anOrg(), 1, 0));
		CountDownLatch firstTook = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);

		CompletableFuture<Integer> first = CompletableFuture.supplyAsync(() -> transaction.execute(status -> {
			int taken = agents.takeSlot(agent, Integer.MAX_VALUE);
			firstTook.countDown();
			Latches.await(release);
			return taken;
		}));
		assertThat(firstTook.await(10, TimeUnit.SECONDS)).isTrue();
		CompletableFuture<Integer> second = CompletableFuture
			.supplyAsync(() -> transaction.execute(status -> agents.takeSlot(agent, Integer.MAX_VALUE)));
		new Rows(db).awaitALockWait();
		assertThat(second).as("waits on the first taker's row lock").isNotDone();
		release.countDown();

		assertThat(first.get(10, TimeUnit.SECONDS)).isEqualTo(1);
		assertThat(second.get(10, TimeUnit.SECONDS)).as("re-checks the cap once the first commits").isZero();
		assertThat(openConversations(agent)).isEqualTo(1);
	}

	private int openConversations(long agent) {
		return db.sql("select open_conversations from agent where id = :id").param("id", agent).query(Integer.class).single();
	}
}
