package dev.tether.persistence.event;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import dev.tether.core.Refusal;
import dev.tether.persistence.outbox.Backoff;
import dev.tether.persistence.outbox.Delivery;
import dev.tether.persistence.outbox.OutboxTable;
import dev.tether.persistence.outbox.ThisInstance;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Subscriptions and the delivery outbox: any instance claims due deliveries, sends them outside
 * the transaction, and records each attempt; a crashed sender's lease simply runs out.
 */
@Service
public class EventOutbox {

	/**
	 * Deliveries: due while their subscription is active, until they are given up; retried after one
	 * second, doubling per attempt, at most an hour apart; leased for a minute, longer than an attempt
	 * may take. A subscriber is never taken to refuse: any failing answer is tried again.
	 */
	private static final OutboxTable TABLE = new OutboxTable("event_delivery", "give_up_at", "delivered_at",
			"exists (select 1 from event_subscription s where s.id = d.subscription_id and s.active)", "DELIVERED",
			"FAILED", "FAILED", new Backoff(Duration.ofSeconds(1), Duration.ofHours(1)), Duration.ofSeconds(60));

	private final EventSubscriptions subscriptions;

	private final EventDeliveries deliveries;

	private final OutboundEvents events;

	private final JdbcClient db;

	private final ThisInstance instance;

	private final Clock clock;

	EventOutbox(EventSubscriptions subscriptions, EventDeliveries deliveries, OutboundEvents events, JdbcClient db,
			ThisInstance instance, Clock clock) {
		this.subscriptions = subscriptions;
		this.deliveries = deliveries;
		this.events = events;
		this.db = db;
		this.instance = instance;
		this.clock = clock;
	}

	@Transactional
	public SubscriptionView subscribe(long orgId, String url, String secret, List<String> types) {
		return SubscriptionView.of(subscriptions.save(new EventSubscription(orgId, url, secret, types, clock.instant())));
	}

	@Transactional(readOnly = true)
	public List<SubscriptionView> subscriptions(long orgId) {
		return subscriptions.findByOrgIdAndActiveTrueOrderById(orgId).stream().map(SubscriptionView::of).toList();
	}

	@Transactional(readOnly = true)
	public SubscriptionView subscription(long orgId, long id) {
		return SubscriptionView.of(active(orgId, id));
	}

	/** Stops deliveries to the subscriber; its pending ones are not attempted any more. */
	@Transactional
	public void unsubscribe(long orgId, long id) {
		active(orgId, id).deactivate();
	}

	/** The subscriber's deliveries, newest first, each with its event's type. */
	@Transactional(readOnly = true)
	public List<DeliveryView> deliveries(long orgId, long subscriptionId, EventDelivery.@Nullable Status status,
			Pageable page) {
		long id = active(orgId, subscriptionId).getId();
		List<EventDelivery> found = status == null ? deliveries.findBySubscriptionIdOrderByIdDesc(id, page)
				: deliveries.findBySubscriptionIdAndStatusOrderByIdDesc(id, status, page);
		Map<UUID, String> types = events.findAllById(found.stream().map(EventDelivery::getEventId).toList())
			.stream()
			.collect(Collectors.toMap(OutboundEvent::getId, OutboundEvent::getType));
		return found.stream().map(delivery -> DeliveryView.of(delivery, types.get(delivery.getEventId()))).toList();
	}

	private EventSubscription active(long orgId, long id) {
		return subscriptions.findByIdAndOrgId(id, orgId)
			.filter(EventSubscription::isActive)
			.orElseThrow(() -> Refusal.notFound("SUBSCRIPTION_NOT_FOUND", "No event subscription " + id));
	}

	/** The org's events, oldest first, as subscribers receive them. */
	@Transactional(readOnly = true)
	public List<Envelope> events(long orgId, @Nullable String type, Pageable page) {
		List<OutboundEvent> found = type == null ? events.findByOrgIdOrderByOccurredAt(orgId, page)
				: events.findByOrgIdAndTypeOrderByOccurredAt(orgId, type, page);
		return found.stream().map(Envelope::of).toList();
	}

	/** Leases due deliveries, each with its subscriber's address and secret and the event's envelope. */
	@Transactional
	public List<ClaimedDelivery> claimDue(int limit) {
		return TABLE.claimDue(db, clock.instant(), limit, "id, subscription_id, event_id, attempts", """
				select c.id, c.attempts, s.url, s.secret, e.id as event_id, e.type, e.occurred_at, e.org_id, e.data
				from claimed c
				join event_subscription s on s.id = c.subscription_id
				join outbound_event e on e.id = c.event_id""",
				(row, number) -> new ClaimedDelivery(row.getLong("id"), row.getString("url"), row.getString("secret"),
						new Envelope(row.getString("event_id"), row.getString("type"),
								row.getTimestamp("occurred_at").toInstant(), row.getString("org_id"),
								row.getString("data")),
						row.getInt("attempts")));
	}

	/** Records one attempt: taken, or tried again with backoff until it is time to give up. */
	public void recordAttempt(ClaimedDelivery delivery, Delivery outcome) {
		TABLE.record(db, List.of(new OutboxTable.Attempt(delivery.deliveryId(), delivery.attempt(), outcome)),
				clock.instant(), instance);
	}

	/** A leased delivery with what it takes to send it: the same envelope on every attempt. */
	public record ClaimedDelivery(long deliveryId, String url, String secret, Envelope event, int attempt) {
	}
}
