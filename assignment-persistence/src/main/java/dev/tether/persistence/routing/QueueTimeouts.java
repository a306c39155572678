package dev.tether.persistence.routing;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import dev.tether.persistence.contact.Conversations;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Takes conversations out of team queues when their time runs out. The deadline is a column,
 * so any instance does it, and after a restart the overdue ones go at the next sweep.
 */
@Component
public class QueueTimeouts {

	private static final int BATCH = 200;

	private final Conversations conversations;

	private final Assignments assignments;

	private final Clock clock;

	QueueTimeouts(Conversations conversations, Assignments assignments, Clock clock) {
		this.conversations = conversations;
		this.assignments = assignments;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${tether.queue.timeout-sweep-interval:1s}")
	@Transactional
	public int sweep() {
		Instant now = clock.instant();
		List<Long> due = conversations.overdueInQueue(now, BATCH);
		conversations.findAllById(due).forEach(conversation -> assignments.timeOut(conversation, now));
		return due.size();
	}
}
