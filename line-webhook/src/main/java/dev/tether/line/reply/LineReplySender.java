package dev.tether.line.reply;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import com.linecorp.bot.client.base.exception.AbstractLineClientException;
import com.linecorp.bot.messaging.client.MessagingApiClient;
import com.linecorp.bot.messaging.model.ReplyMessageRequest;
import com.linecorp.bot.messaging.model.TextMessage;
import dev.tether.line.LineProperties;
import dev.tether.persistence.channel.Channel;
import dev.tether.persistence.line.LineReply;
import dev.tether.persistence.line.ReplyDelivery;
import org.springframework.stereotype.Component;

/**
 * Sends one reply through the official SDK's Messaging API client and says what LINE made of it,
 * judged by status code alone: 5xx and timeouts are worth retrying, other refusals are final.
 */
@Component
class LineReplySender {

	private final LineProperties properties;

	private final Map<Long, MessagingApiClient> clients = new ConcurrentHashMap<>();

	LineReplySender(LineProperties properties) {
		this.properties = properties;
	}

	ReplyDelivery send(LineReply reply, Channel channel) {
		ReplyMessageRequest request = new ReplyMessageRequest(reply.getReplyToken(),
				List.of(new TextMessage(reply.getText())), false);
		Duration timeout = properties.replyTimeout();
		try {
			clientFor(channel).replyMessage(request).get(timeout.toMillis(), TimeUnit.MILLISECONDS);
			return new ReplyDelivery.Accepted();
		}
		catch (ExecutionException ex) {
			if (ex.getCause() instanceof AbstractLineClientException refusal) {
				int status = refusal.getCode();
				String error = refusal.getMessage();
				return status >= 500 ? new ReplyDelivery.Failed(status, error) : new ReplyDelivery.Refused(status, error);
			}
			return new ReplyDelivery.Failed(null, String.valueOf(ex.getCause()));
		}
		catch (TimeoutException ex) {
			return new ReplyDelivery.Failed(null, "No answer from LINE within " + timeout);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return new ReplyDelivery.Failed(null, "Interrupted");
		}
	}

	/** One client per channel: each carries that channel's access token. */
	private MessagingApiClient clientFor(Channel channel) {
		return clients.computeIfAbsent(channel.getId(),
				id -> MessagingApiClient.builder(channel.getChannelAccessToken())
					.apiEndPoint(properties.apiBaseUrl())
					.readTimeout(properties.replyTimeout())
					.connectTimeout(properties.replyTimeout())
					// The SDK's request logger prints the Authorization header: the channel's token.
					.usingDefaultLogger(false)
					.build());
	}
}
