package dev.tether.persistence.event;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Something other systems may want to hear about, kept as the JSON it is announced with. */
@Entity
@Table(name = "outbound_event")
public class OutboundEvent {

	@Id
	private UUID id;

	private Long orgId;

	private String type;

	private String data;

	private Instant occurredAt;

	protected OutboundEvent() {
	}

	OutboundEvent(UUID id, Long orgId, String type, String data, Instant occurredAt) {
		this.id = id;
		this.orgId = orgId;
		this.type = type;
		this.data = data;
		this.occurredAt = occurredAt;
	}

	public UUID getId() {
		return id;
	}

	public Long getOrgId() {
		return orgId;
	}

	public String getType() {
		return type;
	}

	public String getData() {
		return data;
	}

	public Instant getOccurredAt() {
		return occurredAt;
	}
}
