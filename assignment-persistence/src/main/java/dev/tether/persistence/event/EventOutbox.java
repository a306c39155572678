package dev.tether.persistence.event;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import dev.tether.core.Refusal;
import dev.tether.persistence.outbox.Backoff;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Subscriptions and the delivery outbox: any instance claims due deliveries, sends them outside
 * the transaction, and records each attempt; a crashed sender's lease simply runs out.
 */
@Service
public class EventOutbox {

	private static final Duration LEASE = Duration.ofSeconds(60);

	/** One second, doubling per attempt, at most an hour apart. */
	private static final Backoff RETRY = new Backoff(Duration.ofSeconds(1), Duration.ofHours(1));

	private final EventSubscriptions subscriptions;

	private final EventDeliveries deliveries;

	private final OutboundEvents events;

	private final Clock clock;

	EventOutbox(EventSubscriptions subscriptions, EventDeliveries deliveries, OutboundEvents events, Clock clock) {
		this.subscriptions = subscriptions;
		this.deliveries = deliveries;
		this.events = events;
		this.clock = clock;
	}

	@Transactional
	public EventSubscription subscribe(long orgId, String url, String secret, List<String> types) {
		return subscriptions.save(new EventSubscription(orgId, url, secret, types, clock.instant()));
	}

	@Transactional(readOnly = true)
	public List<EventSubscription> subscriptions(long orgId) {
		return subscriptions.findByOrgIdAndActiveTrueOrderById(orgId);
	}

	@Transactional(readOnly = true)
	public EventSubscription subscription(long orgId, long id) {
		return subscriptions.findByIdAndOrgId(id, orgId)
			.filter(EventSubscription::isActive)
			.orElseThrow(() -> Refusal.notFound("SUBSCRIPTION_NOT_FOUND", "No event subscription " + id));
	}

	/** Stops deliveries to the subscriber; its pending ones are not attempted any more. */
	@Transactional
	public void unsubscribe(long orgId, long id) {
		subscription(orgId, id).deactivate();
	}

	@Transactional(readOnly = true)
	public List<EventDelivery> deliveries(long orgId, long subscriptionId, EventDelivery.@Nullable Status status,
			Pageable page) {
		long id = subscription(orgId, subscriptionId).getId();
		return status == null ? deliveries.findBySubscriptionIdOrderByIdDesc(id, page)
				: deliveries.findBySubscriptionIdAndStatusOrderByIdDesc(id, status, page);
	}

	@Transactional(readOnly = true)
	public Map<UUID, OutboundEvent> eventsOf(List<EventDelivery> found) {
		return events.findAllById(found.stream().map(EventDelivery::getEventId).toList())
			.stream()
			.collect(Collectors.toMap(OutboundEvent::getId, Function.identity()));
	}

	/** The org's events, oldest first, as subscribers receive them. */
	@Transactional(readOnly = true)
	public List<Envelope> events(long orgId, @Nullable String type, Pageable page) {
		List<OutboundEvent> found = type == null ? events.findByOrgIdOrderByOccurredAt(orgId, page)
				: events.findByOrgIdAndTypeOrderByOccurredAt(orgId, type, page);
		return found.stream().map(Envelope::of).toList();
	}

	/** Leases due deliveries, each with its subscription and event. */
	@Transactional
	public List<ClaimedDelivery> claimDue(int limit) {
		Instant now = clock.instant();
		List<Long> ids = deliveries.claimDue(now, now.plus(LEASE), limit);
		if (ids.isEmpty()) {
			return List.of();
		}
		List<EventDelivery> claimed = deliveries.findAllById(ids);
		Map<Long, EventSubscription> bySubscription = subscriptions
			.findAllById(claimed.stream().map(EventDelivery::getSubscriptionId).collect(Collectors.toSet()))
			.stream()
			.collect(Collectors.toMap(EventSubscription::getId, Function.identity()));
		Map<UUID, OutboundEvent> byEvent = eventsOf(claimed);
		return claimed.stream().map(delivery -> {
			EventSubscription subscription = bySubscription.get(delivery.getSubscriptionId());
			return new ClaimedDelivery(delivery.getId(), subscription.getUrl(), subscription.getSecret(),
					Envelope.of(byEvent.get(delivery.getEventId())), delivery.getAttempts());
		}).toList();
	}

	/** Records one attempt: a 2xx delivers; anything else is retried with backoff until it is time to give up. */
	@Transactional
	public void recordAttempt(long deliveryId, @Nullable Integer statusCode, @Nullable String error, String instance) {
		EventDelivery delivery = deliveries.findById(deliveryId).orElseThrow();
		Instant now = clock.instant();
		if (statusCode != null && statusCode >= 200 && statusCode < 300) {
			delivery.delivered(statusCode, now, instance);
		}
		else {
			delivery.failed(statusCode, error == null ? "HTTP " + statusCode : error, now, instance,
					RETRY.after(delivery.getAttempts()));
		}
	}

	/** A leased delivery with what it takes to send it: the same envelope on every attempt. */
	public record ClaimedDelivery(long deliveryId, String url, String secret, Envelope event, int attempt) {
	}
}
