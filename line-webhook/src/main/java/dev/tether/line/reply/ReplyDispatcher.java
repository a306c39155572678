package dev.tether.line.reply;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicBoolean;

import dev.tether.persistence.line.ReplyDelivery;
import dev.tether.persistence.line.ReplyOutbox;
import dev.tether.persistence.line.ReplyOutbox.ClaimedReply;
import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Delivers the reply outbox. A new reply is sent the moment its webhook transaction commits;
 * a poll on every instance picks up retries and whatever a crashed instance left behind.
 */
@Component
class ReplyDispatcher {

	private static final Logger log = LoggerFactory.getLogger(ReplyDispatcher.class);

	private static final int BATCH = 20;

	private final ReplyOutbox outbox;

	private final LineReplySender sender;

	private final ExecutorService trigger = Executors.newSingleThreadExecutor(daemon("line-reply-trigger"));

	private final ExecutorService senders = Executors.newFixedThreadPool(8, daemon("line-reply-sender"));

	private final AtomicBoolean pending = new AtomicBoolean();

	ReplyDispatcher(ReplyOutbox outbox, LineReplySender sender) {
		this.outbox = outbox;
		this.sender = sender;
	}

	@TransactionalEventListener
	void onEnqueued(ReplyOutbox.ReplyEnqueued enqueued) {
		// Wake-ups that arrive while a round is queued fold into it.
		if (pending.compareAndSet(false, true)) {
			trigger.execute(() -> {
				pending.set(false);
				deliverDue();
			});
		}
	}

	@Scheduled(fixedDelayString = "${tether.line.reply-poll-interval:1s}")
	void poll() {
		deliverDue();
	}

	void deliverDue() {
		try {
			List<ClaimedReply> claimed;
			do {
				claimed = outbox.claimDue(BATCH);
				CompletableFuture.allOf(claimed.stream()
					.map(one -> CompletableFuture.runAsync(() -> deliver(one), senders))
					.toArray(CompletableFuture[]::new)).join();
			}
			while (claimed.size() == BATCH);
		}
		catch (RuntimeException ex) {
			log.warn("Reply delivery round failed; the next poll retries", ex);
		}
	}

	private void deliver(ClaimedReply claimed) {
		ReplyDelivery delivery = sender.send(claimed.reply(), claimed.channel());
		outbox.recordDelivery(claimed.reply().getId(), delivery);
		if (!(delivery instanceof ReplyDelivery.Accepted)) {
			log.info("Reply {} not delivered: {}", claimed.reply().getId(), delivery);
		}
	}

	private static ThreadFactory daemon(String name) {
		return runnable -> {
			Thread thread = new Thread(runnable, name);
			thread.setDaemon(true);
			return thread;
		};
	}

	@PreDestroy
	void stop() {
		trigger.shutdownNow();
		senders.shutdownNow();
	}
}
