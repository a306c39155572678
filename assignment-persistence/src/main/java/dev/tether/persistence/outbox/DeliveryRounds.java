package dev.tether.persistence.outbox;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.function.IntFunction;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;

/**
 * Runs an outbox's delivery rounds: claim a batch, deliver it in parallel, repeat while batches
 * come back full. A round runs at once when woken after a commit, and on every poll; wake-ups
 * that arrive while a round is waiting to start fold into it. Rounds and polls run on the
 * outbox's own scheduler: one waiting on a slow receiver must never hold the application's
 * scheduler, which also times out queues and measures the inbox. A failed round is logged, and
 * the next poll starts over from what the database says is due. Polling runs between
 * {@link #start} and {@link #stop}, which the outbox's dispatcher ties to the application's
 * lifecycle, so a stopped (or, in tests, paused) application claims nothing.
 *
 * @param <T> a claimed item
 */
public final class DeliveryRounds<T> implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(DeliveryRounds.class);

	private final String name;

	private final int batch;

	private final IntFunction<List<T>> claim;

	private final Function<T, CompletableFuture<?>> deliver;

	private final ThreadPoolTaskScheduler scheduler = new ThreadPoolTaskScheduler();

	private final AtomicBoolean pending = new AtomicBoolean();

	private final Duration pollEvery;

	private volatile @Nullable ScheduledFuture<?> polling;

	public DeliveryRounds(String name, int batch, Duration pollEvery, IntFunction<List<T>> claim,
			Function<T, CompletableFuture<?>> deliver) {
		this.name = name;
		this.batch = batch;
		this.pollEvery = pollEvery;
		this.claim = claim;
		this.deliver = deliver;
		scheduler.setThreadNamePrefix(name + "-");
		scheduler.setDaemon(true);
		scheduler.initialize();
	}

	/** Polls every {@code pollEvery}, the first poll one interval from now. */
	public synchronized void start() {
		if (polling == null) {
			polling = scheduler.scheduleWithFixedDelay(this::wake, scheduler.getClock().instant().plus(pollEvery),
					pollEvery);
		}
	}

	/** No more polls, and wake-ups are ignored, until started again; a round under way finishes. */
	public synchronized void stop() {
		ScheduledFuture<?> current = polling;
		if (current != null) {
			current.cancel(false);
			polling = null;
		}
	}

	public boolean isRunning() {
		return polling != null;
	}

	/** Starts a round soon, off the caller's thread, if polling runs. */
	public void wake() {
		if (polling != null && pending.compareAndSet(false, true)) {
			scheduler.execute(() -> {
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
		scheduler.shutdown();
	}
}
