package dev.tether.persistence.event;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/** Records outbound events in the caller's transaction, so an event exists exactly when its cause does. */
@Component
public class EventRecorder {

	public static final String CONTACT_TAGGED = "contact.tagged";

	public static final String ASSIGNMENT_CHANGED = "assignment.changed";

	public static final String QUEUE_TIMED_OUT = "queue.timed_out";

	public static final String LINE_EVENT = "line.event";

	private final OutboundEvents events;

	private final JsonMapper json;

	private final EventDeliveries deliveries;

	private final ApplicationEventPublisher publisher;

	private final EventRetryPeriod retryFor;

	private final Clock clock;

	EventRecorder(OutboundEvents events, JsonMapper json, EventDeliveries deliveries,
			ApplicationEventPublisher publisher, EventRetryPeriod retryFor, Clock clock) {
		this.events = events;
		this.json = json;
		this.deliveries = deliveries;
		this.publisher = publisher;
		this.retryFor = retryFor;
		this.clock = clock;
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public OutboundEvent record(long orgId, String type, Map<String, ?> data) {
		return recordJson(orgId, type, json.writeValueAsString(data));
	}

	/**
	 * Records an event whose data is JSON already, such as a LINE event forwarded as it came, and
	 * queues one delivery per subscriber in the same transaction.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public OutboundEvent recordJson(long orgId, String type, String data) {
		Instant now = clock.instant();
		OutboundEvent event = events.save(new OutboundEvent(UUID.randomUUID(), orgId, type, data, now));
		if (deliveries.fanOut(event.getId(), orgId, type, now, now.plus(retryFor.value())) > 0) {
			publisher.publishEvent(new DeliveriesQueued());
		}
		return event;
	}

	/** Published when deliveries are queued; sending starts once the transaction commits. */
	public record DeliveriesQueued() {
	}
}
