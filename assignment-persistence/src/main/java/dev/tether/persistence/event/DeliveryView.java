package dev.tether.persistence.event;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** One event's delivery to one subscriber, with its last attempt's outcome. */
public record DeliveryView(long id, UUID eventId, String eventType, EventDelivery.Status status, int attempts,
		@Nullable Integer lastStatusCode, @Nullable String lastError, @Nullable Instant lastAttemptAt,
		@Nullable String lastAttemptBy, Instant nextAttemptAt, Instant createdAt, @Nullable Instant deliveredAt) {

	static DeliveryView of(EventDelivery delivery, String eventType) {
		return new DeliveryView(delivery.getId(), delivery.getEventId(), eventType, delivery.getStatus(),
				delivery.getAttempts(), delivery.getLastStatusCode(), delivery.getLastError(), delivery.getLastAttemptAt(),
				delivery.getLastAttemptBy(), delivery.getNextAttemptAt(), delivery.getCreatedAt(),
				delivery.getDeliveredAt());
	}
}
