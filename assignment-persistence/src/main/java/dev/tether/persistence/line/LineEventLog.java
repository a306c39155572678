package dev.tether.persistence.line;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.EntityManager;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Stores received LINE events once each: a redelivered event is recognised by its webhook event id. */
@Component
public class LineEventLog {

	private final LineEvents events;

	private final EntityManager entities;

	LineEventLog(LineEvents events, EntityManager entities) {
		this.events = events;
		this.entities = entities;
	}

	/**
	 * The stored event's id, or empty when the event was stored before. An event with a
	 * {@code skipReason} is kept for the record but never acted on.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public Optional<Long> record(long channelId, @Nullable String webhookEventId, String type, String payload,
			Instant receivedAt, @Nullable String skipReason) {
		if (webhookEventId == null) {
			// Events without an id (the SDK's hand-written samples) cannot be deduplicated.
			return Optional.of(events.save(new LineEvent(channelId, type, payload, receivedAt, skipReason)).getId());
		}
		List<Long> stored = events.recordUnlessSeen(channelId, webhookEventId, type, payload, receivedAt,
				skipReason);
		return stored.stream().findFirst();
	}

	/**
	 * A webhook's events share one transaction. What one event loaded is written and let go before
	 * the next, so each flush checks one event's rows, not all before it: a long body costs what its
	 * events cost one by one, not the square of their number.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void finishEvent() {
		entities.flush();
		entities.clear();
	}
}
