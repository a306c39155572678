package dev.tether.core.routing;

/** Why a rule, not a person, moved a conversation; the log and {@code assignment.changed} both say it. */
public enum MoveReason {
	/** The holder went offline or away, or their shift ended, and their team requeues. */
	AGENT_LEFT,
	/** The holder was deactivated. */
	AGENT_DEACTIVATED,
	/** The holder did not answer within the team's time. */
	UNANSWERED,
	/** The contact's bound agent is not available, so their team takes the conversation. */
	BOUND_AGENT_UNAVAILABLE,
	/** A team's hours or an agent's shift began, and the queue moved. */
	SCHEDULE_OPENED
}
