package dev.tether.persistence.event;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** An outbound event about to be recorded: its data is the JSON it is announced with. */
public record NewEvent(UUID id, long orgId, String type, String data, Instant occurredAt) {

	public NewEvent {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(type, "type");
		Objects.requireNonNull(data, "data");
		Objects.requireNonNull(occurredAt, "occurredAt");
	}
}
