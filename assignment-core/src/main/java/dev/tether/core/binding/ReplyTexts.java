package dev.tether.core.binding;

/** The exact texts a contact reads after sending a binding code (fixed by the HTTP contract). */
public final class ReplyTexts {

	private static final String INVALID = "Invalid binding. Please contact service staff.";

	private ReplyTexts() {
	}

	/**
	 * @param name the new target's name on success, the current target's on conflict, unused when invalid
	 */
	public static String forOutcome(BindOutcome outcome, String name) {
		if (outcome.succeeded()) {
			return "You have successfully bound to: " + name;
		}
		if (outcome instanceof BindOutcome.Conflict) {
			return "Binding failed. You were previously bound to: " + name;
		}
		return INVALID;
	}
}
