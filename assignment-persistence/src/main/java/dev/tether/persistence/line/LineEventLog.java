package dev.tether.persistence.line;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Stores received LINE events once each: a redelivered event is recognised by its webhook event id. */
@Component
public class LineEventLog {

	private final LineEvents events;

	LineEventLog(LineEvents events) {
		this.events = events;
	}

	/** The stored event's id, or empty when the event was stored before. */
	@Transactional(propagation = Propagation.MANDATORY)
	public Optional<Long> record(long channelId, @Nullable String webhookEventId, String type, String payload,
			Instant receivedAt) {
		if (webhookEventId == null) {
			// Events without an id (the SDK's hand-written samples) cannot be deduplicated.
			return Optional.of(events.save(new LineEvent(channelId, type, payload, receivedAt)).getId());
		}
		List<Long> stored = events.recordUnlessSeen(channelId, webhookEventId, type, payload, receivedAt);
		return stored.stream().findFirst();
	}
}
