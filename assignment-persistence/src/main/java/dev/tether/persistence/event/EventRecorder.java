package dev.tether.persistence.event;

import java.time.Clock;
import java.util.Map;
import java.util.UUID;

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

	private final OutboundEvents events;

	private final JsonMapper json;

	private final Clock clock;

	EventRecorder(OutboundEvents events, JsonMapper json, Clock clock) {
		this.events = events;
		this.json = json;
		this.clock = clock;
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public OutboundEvent record(long orgId, String type, Map<String, ?> data) {
		return events.save(new OutboundEvent(UUID.randomUUID(), orgId, type, json.writeValueAsString(data),
				clock.instant()));
	}
}
