package dev.tether.persistence.log;

import java.time.Instant;
import java.util.Objects;

import dev.tether.core.routing.MoveReason;
import dev.tether.persistence.event.EventData.AssignmentChanged.Holder;
import dev.tether.persistence.event.EventData.AssignmentChanged;
import org.jspecify.annotations.Nullable;

/**
 * One change of a contact's binding or of a conversation's assignee, as the log keeps it and as
 * {@code assignment.changed} announces it; {@code reason} says why a rule made it on its own.
 */
public record AssignmentChange(long orgId, long contactId, @Nullable Long conversationId, AssignmentLogEntry.Kind kind,
		Assignee from, Assignee to, ChangeSource source, String actor, Instant at, @Nullable MoveReason reason) {

	public AssignmentChange(long orgId, long contactId, @Nullable Long conversationId, AssignmentLogEntry.Kind kind,
			Assignee from, Assignee to, ChangeSource source, String actor, Instant at) {
		this(orgId, contactId, conversationId, kind, from, to, source, actor, at, null);
	}

	public AssignmentChange {
		Objects.requireNonNull(kind, "kind");
		Objects.requireNonNull(from, "from");
		Objects.requireNonNull(to, "to");
		Objects.requireNonNull(source, "source");
		Objects.requireNonNull(actor, "actor");
		Objects.requireNonNull(at, "at");
	}

	/** A change to the same holder is no change, and is neither logged nor announced. */
	public boolean changes() {
		return !from.equals(to);
	}

	/** What {@code assignment.changed} says of it. */
	AssignmentChanged announced() {
		return new AssignmentChanged(Long.toString(contactId), conversationId == null ? null : conversationId.toString(),
				kind.name(), holder(from), holder(to), source.name(), actor, reason == null ? null : reason.name());
	}

	private static Holder holder(Assignee assignee) {
		return new Holder(assignee.agentId() == null ? null : assignee.agentId().toString(),
				assignee.teamId() == null ? null : assignee.teamId().toString());
	}
}
