package dev.tether.persistence.line;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/** A reply waiting for, or past, its delivery to LINE. */
@Entity
@Table(name = "line_reply")
public class LineReply {

	/** Where a reply's delivery stands. */
	public enum Status {
		/** Not delivered yet; a worker will try (again). */
		PENDING,
		/** LINE accepted it. */
		SENT,
		/** LINE refused it for good (an invalid token, the quota, a rate limit): not sent. */
		FAILED,
		/** The reply token ran out before LINE accepted it: not sent. */
		EXPIRED
	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long orgId;

	private Long channelId;

	private Long contactId;

	private Long lineEventId;

	private String replyToken;

	private String text;

	@Enumerated(EnumType.STRING)
	private Status status;

	private int attempts;

	private @Nullable Integer lastStatusCode;

	private @Nullable String lastError;

	private Instant nextAttemptAt;

	private @Nullable Instant leaseUntil;

	private Instant expiresAt;

	private Instant createdAt;

	private @Nullable Instant sentAt;

	protected LineReply() {
	}

	public Long getId() {
		return id;
	}

	public Long getChannelId() {
		return channelId;
	}

	public Long getContactId() {
		return contactId;
	}

	public String getReplyToken() {
		return replyToken;
	}

	public String getText() {
		return text;
	}

	public Status getStatus() {
		return status;
	}

	public int getAttempts() {
		return attempts;
	}

	public @Nullable Integer getLastStatusCode() {
		return lastStatusCode;
	}

	public @Nullable String getLastError() {
		return lastError;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	public @Nullable Instant getSentAt() {
		return sentAt;
	}

	public Instant getExpiresAt() {
		return expiresAt;
	}
}
