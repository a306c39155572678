package dev.tether.line.reply;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import dev.tether.persistence.line.ReplyDelivery;
import dev.tether.persistence.line.ReplyOutbox;
import dev.tether.persistence.line.ReplyOutbox.ClaimedReply;
import dev.tether.persistence.outbox.DeliveryRounds;
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

	private final ReplyOutbox outbox;

	private final LineReplySender sender;

	private final ExecutorService senders = Executors.newFixedThreadPool(8, DeliveryRounds.daemon("line-reply-sender"));

	private final DeliveryRounds<ClaimedReply> rounds;

	ReplyDispatcher(ReplyOutbox outbox, LineReplySender sender) {
		this.outbox = outbox;
		this.sender = sender;
		this.rounds = new DeliveryRounds<>("line-reply", 20, outbox::claimDue,
				claimed -> CompletableFuture.runAsync(() -> deliver(claimed), senders));
	}

	@TransactionalEventListener
	void onEnqueued(ReplyOutbox.ReplyEnqueued enqueued) {
		rounds.wake();
	}

	@Scheduled(fixedDelayString = "${tether.line.reply-poll-interval:1s}")
	void poll() {
		rounds.run();
	}

	private void deliver(ClaimedReply claimed) {
		ReplyDelivery delivery = sender.send(claimed.reply(), claimed.channel());
		outbox.recordDelivery(claimed.reply().getId(), delivery);
		if (!(delivery instanceof ReplyDelivery.Accepted)) {
			log.info("Reply {} not delivered: {}", claimed.reply().getId(), delivery);
		}
	}

	@PreDestroy
	void stop() {
		rounds.close();
		senders.shutdownNow();
	}
}
