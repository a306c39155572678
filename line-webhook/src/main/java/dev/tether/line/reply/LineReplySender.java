package dev.tether.line.reply;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import com.linecorp.bot.client.base.exception.AbstractLineClientException;
import com.linecorp.bot.messaging.client.MessagingApiClient;
import com.linecorp.bot.messaging.model.ReplyMessageRequest;
import com.linecorp.bot.messaging.model.TextMessage;
import dev.tether.line.LineProperties;
import dev.tether.persistence.channel.ChannelKeys;
import dev.tether.persistence.line.LeasedReply;
import dev.tether.persistence.outbox.Delivery;
import org.springframework.stereotype.Component;

/**
 * Sends replies through the official SDK's Messaging API client, without waiting for LINE on a
 * thread: each channel's client is built once and reused, with a bounded number of requests in
 * flight on its own pool of kept-alive connections. What LINE made of a reply is judged by status
 * code alone: 5xx and timeouts are worth retrying, other refusals are final.
 */
@Component
class LineReplySender {

	private final LineProperties properties;

	private final Map<Long, MessagingApiClient> clients = new ConcurrentHashMap<>();

	LineReplySender(LineProperties properties) {
		this.properties = properties;
	}

	CompletableFuture<Delivery> send(LeasedReply reply, ChannelKeys channel) {
		ReplyMessageRequest request = new ReplyMessageRequest(reply.replyToken(), List.of(new TextMessage(reply.text())),
				false);
		Duration timeout = properties.replyTimeout();
		return clientFor(channel).replyMessage(request)
			.orTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS)
			.<Delivery>thenApply(answer -> new Delivery.Accepted(200))
			.exceptionally(failure -> judged(failure, timeout));
	}

	private static Delivery judged(Throwable failure, Duration timeout) {
		Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause()
				: failure;
		if (cause instanceof AbstractLineClientException refusal) {
			int status = refusal.getCode();
			String error = refusal.getMessage();
			return status >= 500 ? new Delivery.Failed(status, error) : new Delivery.Refused(status, error);
		}
		if (cause instanceof TimeoutException) {
			return new Delivery.Failed(null, "No answer from LINE within " + timeout);
		}
		return new Delivery.Failed(null, String.valueOf(cause));
	}

	/** One client per channel: each carries that channel's access token. */
	private MessagingApiClient clientFor(ChannelKeys channel) {
		return clients.computeIfAbsent(channel.channelId(),
				id -> MessagingApiClient.builder(channel.accessToken())
					.apiEndPoint(properties.apiBaseUrl())
					.readTimeout(properties.replyTimeout())
					.connectTimeout(properties.replyTimeout())
					.maxRequests(properties.repliesInFlight())
					.maxRequestsPerHost(properties.repliesInFlight())
					// The SDK's request logger prints the Authorization header: the channel's token.
					.usingDefaultLogger(false)
					.build());
	}
}
