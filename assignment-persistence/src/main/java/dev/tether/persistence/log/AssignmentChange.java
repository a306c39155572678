package dev.tether.persistence.log;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * One change of a contact's binding or of a conversation's assignee, as the log keeps it and as
 * {@code assignment.changed} announces it.
 */
public record AssignmentChange(long orgId, long contactId, @Nullable Long conversationId, AssignmentLogEntry.Kind kind,
		Assignee from, Assignee to, ChangeSource source, String actor, Instant at) {

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

	/** The event's data: ids as strings, as everywhere in the API. */
	Map<String, Object> eventData() {
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("contactId", Long.toString(contactId));
		data.put("conversationId", conversationId == null ? null : conversationId.toString());
		data.put("kind", kind.name());
		data.put("from", describe(from));
		data.put("to", describe(to));
		data.put("source", source.name());
		data.put("actor", actor);
		return data;
	}

	private static Map<String, @Nullable String> describe(Assignee assignee) {
		Map<String, @Nullable String> described = new LinkedHashMap<>();
		described.put("agentId", assignee.agentId() == null ? null : assignee.agentId().toString());
		described.put("teamId", assignee.teamId() == null ? null : assignee.teamId().toString());
		return described;
	}
}
