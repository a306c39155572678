package dev.tether.core.contact;

/** Whether a contact has a conversation that is not closed, and whether it still waits for someone. */
public enum LiveConversation {

	/** No conversation is open: a message opens one. */
	NONE,

	/** Open, with whoever holds it or in a queue: a message changes nothing about it. */
	OPEN,

	/** Open, but its time in a queue ran out: the contact is writing again, so it is placed again. */
	TIMED_OUT
}
