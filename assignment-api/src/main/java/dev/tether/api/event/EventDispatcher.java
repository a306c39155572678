package dev.tether.api.event;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.concurrent.CompletableFuture;

import dev.tether.core.signing.HmacSha256;
import dev.tether.persistence.event.EventOutbox.ClaimedDelivery;
import dev.tether.persistence.event.EventOutbox;
import dev.tether.persistence.event.EventRecorder;
import dev.tether.persistence.outbox.Delivery;
import dev.tether.persistence.outbox.OutboxDispatcher;
import org.jspecify.annotations.Nullable;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import tools.jackson.databind.json.JsonMapper;

/**
 * Sends outbound events to subscribers, signed with {@code X-Tether-Signature: sha256=<hex>}.
 * New deliveries go out right after their transaction commits; a poll on every instance retries
 * with backoff and resumes what a stopped instance left, so a receiver that is down never slows
 * Tether and never loses an event.
 */
@Component
class EventDispatcher extends OutboxDispatcher<ClaimedDelivery> {

	private final EventOutbox outbox;

	private final EventsProperties properties;

	private final JsonMapper json;

	private final HttpClient http;

	private final ThreadPoolTaskExecutor senders = senders();

	EventDispatcher(EventOutbox outbox, EventsProperties properties, JsonMapper json) {
		super("event-delivery", 50, properties.pollInterval(), outbox::claimDue);
		this.outbox = outbox;
		this.properties = properties;
		this.json = json;
		this.http = HttpClient.newBuilder().connectTimeout(properties.timeout()).executor(senders).build();
	}

	@TransactionalEventListener
	void onQueued(EventRecorder.DeliveriesQueued queued) {
		wake();
	}

	@Override
	protected CompletableFuture<Void> deliver(ClaimedDelivery delivery) {
		String body = json.writeValueAsString(delivery.event());
		HttpRequest request;
		try {
			request = HttpRequest.newBuilder(URI.create(delivery.url()))
				.timeout(properties.timeout())
				.header("Content-Type", "application/json")
				.header("X-Tether-Signature", "sha256=" + sign(delivery.secret(), body))
				.header("X-Tether-Event-Id", delivery.event().id())
				.header("X-Tether-Event-Type", delivery.event().type())
				.header("X-Tether-Delivery-Attempt", Integer.toString(delivery.attempt()))
				.POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
				.build();
		}
		catch (IllegalArgumentException badUrl) {
			outbox.recordAttempt(delivery, new Delivery.Failed(null, "Invalid URL: " + badUrl.getMessage()));
			return CompletableFuture.completedFuture(null);
		}
		return http.sendAsync(request, HttpResponse.BodyHandlers.discarding())
			.handle((response, failure) -> {
				outbox.recordAttempt(delivery, judged(response, failure));
				return null;
			});
	}

	static String sign(String secret, String body) {
		return HexFormat.of()
			.formatHex(HmacSha256.of(secret.getBytes(StandardCharsets.UTF_8), body.getBytes(StandardCharsets.UTF_8)));
	}

	private static Delivery judged(@Nullable HttpResponse<?> response, @Nullable Throwable failure) {
		if (response == null) {
			Throwable cause = failure != null && failure.getCause() != null ? failure.getCause() : failure;
			return new Delivery.Failed(null, cause instanceof IOException
					? cause.getClass().getSimpleName() + ": " + cause.getMessage() : String.valueOf(cause));
		}
		int status = response.statusCode();
		return status >= 200 && status < 300 ? new Delivery.Accepted(status) : new Delivery.Failed(status, "HTTP " + status);
	}

	@Override
	public void destroy() {
		super.destroy();
		senders.shutdown();
	}

	/** The HTTP client's threads: eight, daemons, since every delivery's state is in the database. */
	private static ThreadPoolTaskExecutor senders() {
		ThreadPoolTaskExecutor senders = new ThreadPoolTaskExecutor();
		senders.setThreadNamePrefix("event-delivery-sender-");
		senders.setCorePoolSize(8);
		senders.setMaxPoolSize(8);
		senders.setDaemon(true);
		senders.initialize();
		return senders;
	}
}
