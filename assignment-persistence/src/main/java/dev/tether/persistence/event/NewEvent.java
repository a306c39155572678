package dev.tether.persistence.event;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** An outbound event about to be recorded, with the id that lets receivers drop repeats. */
public record NewEvent(UUID id, long orgId, EventData data, Instant occurredAt) {

	public NewEvent {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(data, "data");
		Objects.requireNonNull(occurredAt, "occurredAt");
	}

	public static NewEvent of(long orgId, EventData data, Instant occurredAt) {
		return new NewEvent(UUID.randomUUID(), orgId, data, occurredAt);
	}
}
