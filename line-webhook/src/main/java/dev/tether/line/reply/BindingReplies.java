package dev.tether.line.reply;

import dev.tether.core.binding.BindOutcome;
import dev.tether.persistence.binding.BindAttempt;

/** The exact texts a contact reads after sending a binding code (fixed by the HTTP contract). */
public final class BindingReplies {

	private static final String INVALID = "Invalid binding. Please contact service staff.";

	private BindingReplies() {
	}

	public static String textFor(BindAttempt attempt) {
		BindOutcome outcome = attempt.outcome();
		if (outcome.succeeded()) {
			return "You have successfully bound to: " + attempt.name();
		}
		if (outcome instanceof BindOutcome.Conflict) {
			return "Binding failed. You were previously bound to: " + attempt.name();
		}
		return INVALID;
	}
}

