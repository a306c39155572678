package dev.tether.line.reply;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

import dev.tether.line.LineProperties;
import dev.tether.persistence.channel.ChannelDirectory;
import dev.tether.persistence.channel.ChannelKeys;
import dev.tether.persistence.line.LeasedReply;
import dev.tether.persistence.line.RepliesLeased;
import dev.tether.persistence.line.ReplyOutbox;
import dev.tether.persistence.line.ReplyOutcomes;
import dev.tether.persistence.outbox.Delivery;
import dev.tether.persistence.outbox.OutboxDispatcher;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Delivers replies to LINE. A batch's replies go out the moment it commits, leased to this
 * instance; a poll on every instance picks up retries and whatever a crashed instance left.
 * Outcomes are recorded in bulk, and shown as metrics: how many LINE took, refused or failed, and
 * how long from the webhook's arrival until LINE took the reply.
 */
@Component
class ReplyDispatcher extends OutboxDispatcher<LeasedReply> {

	private static final Logger log = LoggerFactory.getLogger(ReplyDispatcher.class);

	private static final int BATCH = 100;

	private final ReplyOutbox outbox;

	private final ReplyOutcomes outcomes;

	private final ChannelDirectory channels;

	private final LineReplySender sender;

	private final Clock clock;

	private final Timer latency;

	private final Counter sent;

	private final Counter refused;

	private final Counter failed;

	ReplyDispatcher(ReplyOutbox outbox, ReplyOutcomes outcomes, ChannelDirectory channels, LineReplySender sender,
			LineProperties properties, Clock clock, MeterRegistry meters) {
		super("line-reply", BATCH, properties.replyPollInterval(), outbox::claimDue);
		this.outbox = outbox;
		this.outcomes = outcomes;
		this.channels = channels;
		this.sender = sender;
		this.clock = clock;
		this.sent = outcomes(meters, "sent");
		this.refused = outcomes(meters, "refused");
		this.failed = outcomes(meters, "failed");
		this.latency = Timer.builder("tether.line.reply.latency")
			.description("From a webhook's arrival until LINE took the reply to it")
			.publishPercentiles(0.5, 0.99)
			.register(meters);
	}

	private static Counter outcomes(MeterRegistry meters, String outcome) {
		return Counter.builder("tether.line.replies")
			.description("Replies LINE took (sent), refused, or that failed and wait for a retry")
			.tag("outcome", outcome)
			.register(meters);
	}

	@EventListener
	void onLeased(RepliesLeased leased) {
		leased.replies().forEach(this::deliver);
	}

	@Override
	protected CompletableFuture<?> deliver(LeasedReply reply) {
		ChannelKeys channel = channels.find(reply.channelId()).orElse(null);
		if (channel == null) {
			return record(reply, new Delivery.Refused(404, "The channel is gone"));
		}
		return sender.send(reply, channel).thenAccept(delivery -> record(reply, delivery));
	}

	private CompletableFuture<?> record(LeasedReply reply, Delivery delivery) {
		outcomes.record(reply, delivery);
		(delivery instanceof Delivery.Accepted ? sent
				: delivery instanceof Delivery.Refused ? refused : failed).increment();
		if (delivery instanceof Delivery.Accepted) {
			latency.record(Duration.between(reply.eventReceivedAt(), clock.instant()));
		}
		else {
			log.info("Reply {} not delivered: {}", reply.id(), delivery);
		}
		return CompletableFuture.completedFuture(null);
	}
}
