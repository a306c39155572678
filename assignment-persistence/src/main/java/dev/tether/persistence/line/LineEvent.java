package dev.tether.persistence.line;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/** One LINE webhook event, kept exactly as it came. */
@Entity
@Table(name = "line_event")
public class LineEvent {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long channelId;

	private @Nullable String webhookEventId;

	private String type;

	private String payload;

	private Instant receivedAt;

	private @Nullable String skipReason;

	protected LineEvent() {
	}

	LineEvent(Long channelId, String type, String payload, Instant receivedAt, @Nullable String skipReason) {
		this.channelId = channelId;
		this.type = type;
		this.payload = payload;
		this.receivedAt = receivedAt;
		this.skipReason = skipReason;
	}

	public Long getId() {
		return id;
	}

	public Long getChannelId() {
		return channelId;
	}

	public @Nullable String getWebhookEventId() {
		return webhookEventId;
	}

	public String getType() {
		return type;
	}

	public String getPayload() {
		return payload;
	}
}
