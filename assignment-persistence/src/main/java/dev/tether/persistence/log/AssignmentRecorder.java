package dev.tether.persistence.log;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import dev.tether.persistence.event.EventRecorder;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Writes each change to the assignment log and announces it as {@code assignment.changed}. */
@Component
public class AssignmentRecorder {

	private final AssignmentLog log;

	private final EventRecorder events;

	AssignmentRecorder(AssignmentLog log, EventRecorder events) {
		this.log = log;
		this.events = events;
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public void record(long orgId, long contactId, @Nullable Long conversationId, AssignmentLogEntry.Kind kind,
			Assignee from, Assignee to, ChangeSource source, String actor, Instant at) {
		if (from.equals(to)) {
			return;
		}
		log.save(new AssignmentLogEntry(orgId, contactId, conversationId, kind, from, to, source, actor, at));
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("contactId", Long.toString(contactId));
		data.put("conversationId", conversationId == null ? null : conversationId.toString());
		data.put("kind", kind.name());
		data.put("from", describe(from));
		data.put("to", describe(to));
		data.put("source", source.name());
		data.put("actor", actor);
		events.record(orgId, EventRecorder.ASSIGNMENT_CHANGED, data);
	}

	private static Map<String, @Nullable String> describe(Assignee assignee) {
		Map<String, @Nullable String> described = new LinkedHashMap<>();
		described.put("agentId", assignee.agentId() == null ? null : assignee.agentId().toString());
		described.put("teamId", assignee.teamId() == null ? null : assignee.teamId().toString());
		return described;
	}
}
