package dev.tether.persistence.log;

import java.time.Instant;

import dev.tether.core.routing.MoveReason;
import org.jspecify.annotations.Nullable;

/** One entry of a conversation's assignment log, as the API shows it. */
public record HistoryEntry(long id, AssignmentLogEntry.Kind kind, Assignee from, Assignee to, ChangeSource source,
		String actor, @Nullable MoveReason reason, Instant at) {
}
