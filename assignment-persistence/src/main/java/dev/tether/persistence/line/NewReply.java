package dev.tether.persistence.line;

import java.time.Instant;

/** A reply to a LINE event, about to be stored: to whom, through which channel, with what text. */
public record NewReply(long orgId, long channelId, long contactId, long lineEventId, String replyToken, String text,
		Instant eventReceivedAt) {
}
