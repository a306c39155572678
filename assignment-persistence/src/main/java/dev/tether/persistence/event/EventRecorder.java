package dev.tether.persistence.event;

import java.time.Clock;
import java.util.List;
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

	public static final String LINE_EVENT = "line.event";

	private final EventBatch batch;

	private final JsonMapper json;

	private final Clock clock;

	EventRecorder(EventBatch batch, JsonMapper json, Clock clock) {
		this.batch = batch;
		this.json = json;
		this.clock = clock;
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public void record(long orgId, String type, Map<String, ?> data) {
		batch.record(List.of(new NewEvent(UUID.randomUUID(), orgId, type, json.writeValueAsString(data), clock.instant())));
	}

	/** Published when deliveries are queued; sending starts once the transaction commits. */
	public record DeliveriesQueued() {
	}
}
