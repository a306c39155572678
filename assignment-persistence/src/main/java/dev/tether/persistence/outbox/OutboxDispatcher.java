package dev.tether.persistence.outbox;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.IntFunction;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.SmartLifecycle;

/**
 * What every outbox's sender shares: its {@link DeliveryRounds}, polling only while the
 * application runs (so a stopped one, or a test's paused one, claims nothing), and stopped with it.
 * A sender says how one claimed item is delivered and wakes a round when new items are due.
 *
 * @param <T> a claimed item
 */
public abstract class OutboxDispatcher<T> implements SmartLifecycle, DisposableBean {

	private final DeliveryRounds<T> rounds;

	protected OutboxDispatcher(String name, int batch, Duration pollEvery, IntFunction<List<T>> claim) {
		this.rounds = new DeliveryRounds<>(name, batch, pollEvery, claim, this::deliver);
	}

	/** Delivers one claimed item and records what came of it; done when the future is. */
	protected abstract CompletableFuture<?> deliver(T item);

	/** New items are due: a round starts soon, off the caller's thread. */
	protected void wake() {
		rounds.wake();
	}

	@Override
	public void start() {
		rounds.start();
	}

	@Override
	public void stop() {
		rounds.stop();
	}

	@Override
	public boolean isRunning() {
		return rounds.isRunning();
	}

	@Override
	public void destroy() {
		rounds.close();
	}
}
