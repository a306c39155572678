package dev.tether.persistence.line;

import java.time.Instant;

/**
 * A reply this instance holds the lease of, with what it takes to send it: the channel it goes out
 * through, the event's reply token, the text, and when the event that caused it arrived.
 */
public record LeasedReply(long id, long channelId, String replyToken, String text, Instant eventReceivedAt,
		int attempt) {
}
