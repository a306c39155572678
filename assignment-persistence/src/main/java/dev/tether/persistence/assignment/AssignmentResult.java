package dev.tether.persistence.assignment;

import dev.tether.persistence.contact.Conversation;
import dev.tether.persistence.contact.ConversationView;

/** Where the conversation stands after an external assignment. */
public record AssignmentResult(Status status, ConversationView conversation) {

	/** ASSIGNED to an agent, QUEUED in a team, or UNASSIGNED. */
	public enum Status {
		ASSIGNED, QUEUED, UNASSIGNED
	}

	static AssignmentResult of(Conversation conversation) {
		Status status = switch (conversation.getStatus()) {
			case ASSIGNED -> Status.ASSIGNED;
			case QUEUED -> Status.QUEUED;
			default -> Status.UNASSIGNED;
		};
		return new AssignmentResult(status, ConversationView.of(conversation));
	}
}
