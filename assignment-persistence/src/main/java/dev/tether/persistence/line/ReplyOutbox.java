package dev.tether.persistence.line;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import dev.tether.persistence.channel.Channel;
import dev.tether.persistence.channel.Channels;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The outbox for replies to LINE: a reply is stored with the event that caused it, and any
 * instance delivers it after commit, so a slow LINE API never holds up the webhook.
 */
@Component
public class ReplyOutbox {

	private static final Duration LEASE = Duration.ofSeconds(30);

	private final LineReplies replies;

	private final Channels channels;

	private final ApplicationEventPublisher publisher;

	private final Clock clock;

	private final Duration tokenLifetime;

	ReplyOutbox(LineReplies replies, Channels channels, ApplicationEventPublisher publisher, Clock clock,
			ReplyTokenLifetime tokenLifetime) {
		this.replies = replies;
		this.channels = channels;
		this.publisher = publisher;
		this.clock = clock;
		this.tokenLifetime = tokenLifetime.value();
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public LineReply enqueue(Channel channel, long contactId, long lineEventId, String replyToken, String text) {
		LineReply reply = replies.save(new LineReply(channel.getOrgId(), channel.getId(), contactId, lineEventId,
				replyToken, text, clock.instant(), tokenLifetime));
		publisher.publishEvent(new ReplyEnqueued(reply.getId()));
		return reply;
	}

	/** Leases due replies for delivery, with the channel each goes out through. */
	@Transactional
	public List<ClaimedReply> claimDue(int limit) {
		Instant now = clock.instant();
		replies.expireStale(now);
		List<Long> ids = replies.claimDue(now, now.plus(LEASE), limit);
		if (ids.isEmpty()) {
			return List.of();
		}
		List<LineReply> claimed = replies.findAllById(ids);
		Map<Long, Channel> byId = channels
			.findAllById(claimed.stream().map(LineReply::getChannelId).collect(Collectors.toSet()))
			.stream()
			.collect(Collectors.toMap(Channel::getId, Function.identity()));
		return claimed.stream().map(reply -> new ClaimedReply(reply, byId.get(reply.getChannelId()))).toList();
	}

	@Transactional
	public void recordDelivery(long replyId, ReplyDelivery delivery) {
		LineReply reply = replies.findById(replyId).orElseThrow();
		Instant now = clock.instant();
		if (delivery instanceof ReplyDelivery.Accepted) {
			reply.sent(now);
		}
		else if (delivery instanceof ReplyDelivery.Refused refused) {
			reply.refused(refused.statusCode(), refused.error());
		}
		else if (delivery instanceof ReplyDelivery.Failed failed) {
			reply.failedForNow(failed.statusCode(), failed.error(), now, backoffAfter(reply.getAttempts()));
		}
	}

	@Transactional(readOnly = true)
	public List<LineReply> forContact(long contactId) {
		return replies.findByContactIdOrderById(contactId);
	}

	/** Half a second, doubling per attempt, at most eight: several tries fit in a token's minute. */
	static Duration backoffAfter(int attempts) {
		long millis = 500L << Math.min(Math.max(attempts - 1, 0), 4);
		return Duration.ofMillis(millis);
	}

	/** A reply leased for delivery, with its channel. */
	public record ClaimedReply(LineReply reply, Channel channel) {
	}

	/** Published when a reply is stored; delivery starts once the transaction commits. */
	public record ReplyEnqueued(long replyId) {
	}
}
