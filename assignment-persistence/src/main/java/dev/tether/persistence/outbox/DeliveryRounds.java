package dev.tether.persistence.outbox;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.function.IntFunction;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs an outbox's delivery rounds: claim a batch, deliver it in parallel, repeat while batches
 * come back full. A round runs at once when woken after a commit, and on every poll; wake-ups
 * that arrive while a round is waiting to start fold into it. Rounds run on the outbox's own
 * thread: one waiting on a slow receiver must never hold the application's scheduler, which also
 * times out queues and measures the inbox. A failed round is logged, and the next poll starts
 * over from what the database says is due.
 *
 * @param <T> a claimed item
 */
public final class DeliveryRounds<T> implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(DeliveryRounds.class);

	private final String name;

	private final int batch;

	private final IntFunction<List<T>> claim;

	private final Function<T, CompletableFuture<?>> deliver;

	private final ExecutorService trigger;

	private final AtomicBoolean pending = new AtomicBoolean();

	public DeliveryRounds(String name, int batch, IntFunction<List<T>> claim, Function<T, CompletableFuture<?>> deliver) {
		this.name = name;
		this.batch = batch;
		this.claim = claim;
		this.deliver = deliver;
		this.trigger = Executors.newSingleThreadExecutor(daemon(name + "-trigger"));
	}

	/** Starts a round soon, off the caller's thread. */
	public void wake() {
		if (pending.compareAndSet(false, true)) {
			trigger.execute(() -> {
				pending.set(false);
				run();
			});
		}
	}

	/** Runs rounds until a batch comes back short. */
	private void run() {
		try {
			List<T> claimed;
			do {
				claimed = claim.apply(batch);
				CompletableFuture.allOf(claimed.stream().map(deliver).toArray(CompletableFuture[]::new)).join();
			}
			while (claimed.size() == batch);
		}
		catch (RuntimeException ex) {
			log.warn("A {} round failed; the next poll retries", name, ex);
		}
	}

	@Override
	public void close() {
		trigger.shutdownNow();
	}

	/** Daemon threads: an outbox's work is in the database, so nothing is lost when they die with the JVM. */
	public static ThreadFactory daemon(String name) {
		return runnable -> {
			Thread thread = new Thread(runnable, name);
			thread.setDaemon(true);
			return thread;
		};
	}
}
