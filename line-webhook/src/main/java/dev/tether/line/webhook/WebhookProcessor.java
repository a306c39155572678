package dev.tether.line.webhook;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import dev.tether.core.binding.BindingCode;
import dev.tether.line.reply.BindingReplies;
import dev.tether.persistence.channel.Channel;
import dev.tether.persistence.event.EventRecorder;
import dev.tether.persistence.intake.IncomingMessages;
import dev.tether.persistence.intake.Receipt;
import dev.tether.persistence.line.LineEventLog;
import dev.tether.persistence.line.ReplyOutbox;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stores a webhook's events and acts on them in one transaction: when it returns, everything is
 * committed, and only then does the webhook answer 200. Replies wait in the outbox.
 */
@Service
class WebhookProcessor {

	private static final Logger log = LoggerFactory.getLogger(WebhookProcessor.class);

	private final LineEventLog eventLog;

	private final IncomingMessages messages;

	private final ReplyOutbox replies;

	private final EventRecorder events;

	private final Clock clock;

	WebhookProcessor(LineEventLog eventLog, IncomingMessages messages, ReplyOutbox replies, EventRecorder events,
			Clock clock) {
		this.eventLog = eventLog;
		this.messages = messages;
		this.replies = replies;
		this.events = events;
		this.clock = clock;
	}

	@Transactional
	public void process(Channel channel, List<ReceivedEvent> events) {
		for (ReceivedEvent event : events) {
			Optional<Long> stored = eventLog.record(channel.getId(), event.webhookEventId(), event.type(), event.json(),
					clock.instant(), event.skipReason());
			if (stored.isPresent() && event.skipReason() != null) {
				log.warn("Stored LINE event {} of channel {} without acting on it: {}", stored.get(), channel.getId(),
						event.skipReason());
			}
			else if (stored.isPresent()) {
				forward(channel, event);
				act(channel, event, stored.get());
			}
			eventLog.finishEvent();
		}
	}

	/** Webhook Forward: other systems receive each new LINE event exactly as it came. */
	private void forward(Channel channel, ReceivedEvent event) {
		events.recordJson(channel.getOrgId(), EventRecorder.LINE_EVENT,
				"{\"channelId\":\"" + channel.getId() + "\",\"event\":" + event.json() + "}");
	}

	/** Only active one-to-one chats bind; standby events are kept but never answered. */
	private void act(Channel channel, ReceivedEvent event, long eventId) {
		if (event.standby() || !event.fromOneToOneChat()) {
			return;
		}
		if ("follow".equals(event.type())) {
			messages.know(channel, event.oneToOneUserId());
			return;
		}
		if (!event.isTextMessage()) {
			return;
		}
		BindingCode code = BindingCode.findIn(event.text()).orElse(null);
		Receipt receipt = messages.receive(channel, event.oneToOneUserId(), code);
		if (receipt.attempt() != null && event.replyToken() != null) {
			replies.enqueue(channel, receipt.contact().getId(), eventId, event.replyToken(),
					BindingReplies.textFor(receipt.attempt()));
		}
	}
}
