package dev.tether.persistence.line;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** A reply Tether sent, or is sending, a contact through LINE, and how its delivery went. */
public record ReplyView(long id, String text, LineReply.Status status, int attempts, @Nullable Integer lastStatusCode,
		@Nullable String lastError, Instant createdAt, @Nullable Instant sentAt) {

	static ReplyView of(LineReply reply) {
		return new ReplyView(reply.getId(), reply.getText(), reply.getStatus(), reply.getAttempts(),
				reply.getLastStatusCode(), reply.getLastError(), reply.getCreatedAt(), reply.getSentAt());
	}
}
