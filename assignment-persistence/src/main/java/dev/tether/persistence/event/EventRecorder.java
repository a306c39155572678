package dev.tether.persistence.event;

import java.time.Clock;
import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Records outbound events in the caller's transaction, so an event exists exactly when its cause does. */
@Component
public class EventRecorder {

	private final EventBatch batch;

	private final Clock clock;

	EventRecorder(EventBatch batch, Clock clock) {
		this.batch = batch;
		this.clock = clock;
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public void record(long orgId, EventData data) {
		batch.record(List.of(NewEvent.of(orgId, data, clock.instant())));
	}

	/** Published when deliveries are queued; sending starts once the transaction commits. */
	public record DeliveriesQueued() {
	}
}
