package dev.tether.persistence.line;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import dev.tether.persistence.outbox.Delivery;
import dev.tether.persistence.outbox.OutboxTable;
import dev.tether.persistence.outbox.ThisInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.stereotype.Component;

/**
 * Records what LINE made of each reply, many at a time: a writer takes every outcome that has come
 * in and stores them with one statement. Accepted is SENT; refused is FAILED for good; a passing
 * failure is tried again after a backoff, or EXPIRED when the token would run out first. Every
 * outcome ends the reply's lease. An outcome lost to a crash only means the reply is tried again.
 */
@Component
public class ReplyOutcomes implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(ReplyOutcomes.class);

	private static final int BATCH = 500;

	private final BlockingQueue<Outcome> outcomes = new LinkedBlockingQueue<>();

	private final JdbcClient db;

	private final ThisInstance instance;

	private final Clock clock;

	private final ThreadPoolTaskExecutor writer = new ThreadPoolTaskExecutor();

	private volatile boolean running;

	ReplyOutcomes(JdbcClient db, ThisInstance instance, Clock clock) {
		this.db = db;
		this.instance = instance;
		this.clock = clock;
		writer.setCorePoolSize(1);
		writer.setMaxPoolSize(1);
		writer.setThreadNamePrefix("line-reply-outcomes-");
		writer.setDaemon(true);
	}

	public void record(LeasedReply reply, Delivery delivery) {
		outcomes.add(new Outcome(reply, delivery));
	}

	private void write() {
		while (running || !outcomes.isEmpty()) {
			List<Outcome> batch = new ArrayList<>();
			try {
				Outcome first = outcomes.poll(200, TimeUnit.MILLISECONDS);
				if (first == null) {
					continue;
				}
				batch.add(first);
				outcomes.drainTo(batch, BATCH - 1);
				// One statement, committed on its own: no managed transaction to open around it.
				store(batch, clock.instant());
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
			catch (RuntimeException ex) {
				log.warn("Could not record {} reply outcomes; their leases run out and they are tried again",
						batch.size(), ex);
			}
		}
	}

	private void store(List<Outcome> batch, Instant now) {
		ReplyOutbox.TABLE.record(db,
				batch.stream()
					.map(outcome -> new OutboxTable.Attempt(outcome.reply().id(), outcome.reply().attempt(),
							outcome.delivery()))
					.toList(),
				now, instance);
	}

	@Override
	public void start() {
		writer.initialize();
		running = true;
		writer.execute(this::write);
	}

	@Override
	public void stop() {
		running = false;
		writer.shutdown();
	}

	@Override
	public boolean isRunning() {
		return running;
	}

	/** Stop after the senders, so what they learnt is written. */
	@Override
	public int getPhase() {
		return SmartLifecycle.DEFAULT_PHASE - 1;
	}

	private record Outcome(LeasedReply reply, Delivery delivery) {
	}
}
