package dev.tether.persistence.event;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.DynamicUpdate;
import org.jspecify.annotations.Nullable;

/** One event on its way to one subscriber, with every attempt's outcome kept visible. */
@Entity
@DynamicUpdate
@Table(name = "event_delivery")
public class EventDelivery {

	/** Where a delivery stands. */
	public enum Status {
		PENDING, DELIVERED, FAILED
	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long subscriptionId;

	private UUID eventId;

	@Enumerated(EnumType.STRING)
	private Status status;

	private int attempts;

	private Instant nextAttemptAt;

	private @Nullable Instant leaseUntil;

	private Instant giveUpAt;

	private @Nullable Integer lastStatusCode;

	private @Nullable String lastError;

	private @Nullable Instant lastAttemptAt;

	private @Nullable String lastAttemptBy;

	private Instant createdAt;

	private @Nullable Instant deliveredAt;

	protected EventDelivery() {
	}

	public Long getId() {
		return id;
	}

	public Long getSubscriptionId() {
		return subscriptionId;
	}

	public UUID getEventId() {
		return eventId;
	}

	public Status getStatus() {
		return status;
	}

	public int getAttempts() {
		return attempts;
	}

	public Instant getNextAttemptAt() {
		return nextAttemptAt;
	}

	public @Nullable Integer getLastStatusCode() {
		return lastStatusCode;
	}

	public @Nullable String getLastError() {
		return lastError;
	}

	public @Nullable Instant getLastAttemptAt() {
		return lastAttemptAt;
	}

	public @Nullable String getLastAttemptBy() {
		return lastAttemptBy;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	public @Nullable Instant getDeliveredAt() {
		return deliveredAt;
	}
}
