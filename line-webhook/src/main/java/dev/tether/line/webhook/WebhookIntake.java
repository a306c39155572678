package dev.tether.line.webhook;

import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import dev.tether.core.Refusal;
import dev.tether.persistence.channel.ChannelDirectory;
import dev.tether.persistence.channel.ChannelKeys;
import dev.tether.persistence.inbox.Inbox;
import dev.tether.persistence.inbox.InboxDepth;
import dev.tether.persistence.inbox.InboxEvent;
import dev.tether.persistence.inbox.InboxProperties;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;

/**
 * Takes in what LINE delivers to a channel's webhook. It returns once the events are stored;
 * acting on them happens afterwards, in the inbox. While the inbox is too deep, or the database
 * cannot take the events in time, it refuses as unavailable and LINE delivers them again.
 */
@Component
class WebhookIntake {

	private static final Logger log = LoggerFactory.getLogger(WebhookIntake.class);

	private final ChannelDirectory channels;

	private final Inbox inbox;

	private final InboxDepth depth;

	private final InboxProperties properties;

	private final ObjectReader trees;

	WebhookIntake(ChannelDirectory channels, Inbox inbox, InboxDepth depth, InboxProperties properties,
			JsonMapper json) {
		this.channels = channels;
		this.inbox = inbox;
		this.depth = depth;
		this.properties = properties;
		this.trees = WebhookBody.trees(json);
	}

	/** The signature is checked on the raw bytes before anything is parsed or stored. */
	void receive(long channelId, @Nullable String signature, byte[] body) throws InterruptedException {
		ChannelKeys channel = channels.find(channelId)
			.orElseThrow(() -> Refusal.notFound("CHANNEL_NOT_FOUND", "No channel " + channelId));
		if (!WebhookSignature.isValid(channel.secret(), body, signature)) {
			throw new Refusal(Refusal.Kind.UNAUTHENTICATED, "INVALID_SIGNATURE",
					"X-Line-Signature does not match the body");
		}
		List<ReceivedEvent> events = WebhookBody.parse(trees, body);
		if (!events.isEmpty() && depth.full()) {
			throw Refusal.unavailable("INBOX_FULL", "Tether is behind with LINE events; deliver these again later");
		}
		events.stream()
			.filter(event -> event.skipReason() != null)
			.forEach(event -> log.warn("Storing a LINE event of channel {} without acting on it: {}", channelId,
					event.skipReason()));
		store(events.stream().map(event -> event.toInbox(channelId)).toList());
	}

	/** Waits for the events' commit; an answer that cannot wait for it is never 200. */
	private void store(List<InboxEvent> events) throws InterruptedException {
		try {
			inbox.store(events).get(properties.storeTimeout().toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (TimeoutException ex) {
			throw Refusal.unavailable("INBOX_BUSY", "The events could not be stored in time; deliver them again");
		}
		catch (ExecutionException ex) {
			if (ex.getCause() instanceof RuntimeException failure) {
				throw failure;
			}
			throw new CompletionException(ex.getCause());
		}
	}
}
