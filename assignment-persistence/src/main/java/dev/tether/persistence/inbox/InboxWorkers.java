package dev.tether.persistence.inbox;

import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import dev.tether.persistence.inbox.Inbox.EventsStored;
import dev.tether.persistence.inbox.InboxProcessor.BatchFailed;
import dev.tether.persistence.inbox.InboxProcessor.Processed;
import dev.tether.persistence.line.RepliesLeased;
import dev.tether.persistence.sql.DatabaseOutage;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.stereotype.Component;

/**
 * This instance's workers on the inbox. Each processes batch after batch while there is work, and
 * otherwise waits until this instance stores events or the poll interval passes (for events
 * another instance stored, or a crash left). After each commit the batch's replies go to the LINE
 * sender. A batch that fails is retried; if it fails again alone, its first event is set aside
 * with the reason, so one event Tether cannot process never holds up the rest.
 */
@Component
class InboxWorkers implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(InboxWorkers.class);

	private final InboxProcessor processor;

	private final ApplicationEventPublisher publisher;

	private final InboxProperties properties;

	private final Counter processed;

	private final Semaphore stored = new Semaphore(0);

	private final ThreadPoolTaskExecutor threads = new ThreadPoolTaskExecutor();

	private final AtomicBoolean running = new AtomicBoolean();

	InboxWorkers(InboxProcessor processor, ApplicationEventPublisher publisher, InboxProperties properties,
			MeterRegistry meters) {
		this.processor = processor;
		this.publisher = publisher;
		this.properties = properties;
		this.processed = Counter.builder("tether.inbox.processed")
			.description("LINE events processed from the inbox")
			.register(meters);
		threads.setCorePoolSize(Math.max(1, properties.workers()));
		threads.setMaxPoolSize(Math.max(1, properties.workers()));
		threads.setThreadNamePrefix("line-inbox-worker-");
		threads.setDaemon(true);
	}

	/**
	 * Wakes as many workers as the events fill batches: waking every worker for a webhook or two
	 * made all but one claim nothing, a wasted transaction per webhook at moderate rates.
	 */
	@EventListener
	void onStored(EventsStored stored) {
		int batches = (stored.events() + properties.batchSize() - 1) / properties.batchSize();
		this.stored.release(Math.max(1, Math.min(properties.workers(), batches)));
	}

	private void work() {
		while (running.get()) {
			try {
				Processed batch = processor.process(properties.batchSize());
				if (batch.events() > 0) {
					done(batch);
					continue;
				}
				stored.tryAcquire(properties.pollInterval().toMillis(), TimeUnit.MILLISECONDS);
				stored.drainPermits();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
			catch (BatchFailed failed) {
				log.warn("A batch of {} LINE events failed; trying them one by one", failed.eventIds().size(),
						failed.getCause());
				oneByOne(failed);
			}
			catch (RuntimeException unexpected) {
				log.error("An inbox worker failed outside a batch; it carries on", unexpected);
				pause();
			}
		}
	}

	private void done(Processed batch) {
		processed.increment(batch.events());
		if (!batch.replies().isEmpty()) {
			publisher.publishEvent(new RepliesLeased(batch.replies()));
		}
	}

	/** Each event of a failed batch alone; one that fails alone is set aside with the reason. */
	private void oneByOne(BatchFailed batch) {
		if (batch.eventIds().isEmpty()) {
			pause();
			return;
		}
		for (long id : batch.eventIds()) {
			try {
				done(processor.processOnly(id));
			}
			catch (BatchFailed alone) {
				if (DatabaseOutage.explains(alone.getCause())) {
					pause();
					return;
				}
				setAside(id, alone.getCause());
			}
		}
	}

	private void setAside(long eventId, Throwable failure) {
		log.error("Setting aside LINE event {}: it cannot be processed", eventId, failure);
		try {
			processor.giveUp(eventId, "processing failed: " + failure);
		}
		catch (RuntimeException stillFailing) {
			log.warn("Could not set LINE event {} aside; the inbox tries again later", eventId, stillFailing);
			pause();
		}
	}

	/** The database may be down: wait before the next try rather than spin. */
	private void pause() {
		try {
			Thread.sleep(properties.pollInterval().toMillis() * 5);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	@Override
	public void start() {
		threads.initialize();
		running.set(true);
		for (int i = 0; i < properties.workers(); i++) {
			threads.execute(this::work);
		}
	}

	@Override
	public void stop() {
		running.set(false);
		threads.shutdown();
	}

	@Override
	public boolean isRunning() {
		return running.get();
	}
}
