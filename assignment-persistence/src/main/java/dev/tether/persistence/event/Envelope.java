package dev.tether.persistence.event;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonRawValue;

/**
 * An outbound event as subscribers receive it and the events API lists it:
 * {@code {id, type, occurredAt, orgId, data}}, its data the JSON it was recorded with.
 */
public record Envelope(String id, String type, Instant occurredAt, String orgId, @JsonRawValue String data) {

	static Envelope of(OutboundEvent event) {
		return new Envelope(event.getId().toString(), event.getType(), event.getOccurredAt(),
				event.getOrgId().toString(), event.getData());
	}
}
