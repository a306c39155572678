package dev.tether.core.binding;

import org.jspecify.annotations.Nullable;

/**
 * What a contact reads after sending a binding code: the org's templates, in which {@code {name}}
 * stands for the target's name, or, for a template not given, the fixed texts of the HTTP contract.
 *
 * @param success read after a binding, or the same binding again
 * @param conflict read when PERMANENT mode keeps an earlier binding
 * @param invalid read when the code cannot bind anyone
 */
public record ReplyTexts(@Nullable String success, @Nullable String conflict, @Nullable String invalid) {

	/** The texts of the HTTP contract, for an org that set none. */
	public static final ReplyTexts FIXED = new ReplyTexts(null, null, null);

	/** The longest template; LINE takes 5,000 characters, a reply is read on a phone. */
	public static final int MAX_LENGTH = 500;

	static final String NAME = "{name}";

	private static final String SUCCESS = "You have successfully bound to: " + NAME;

	private static final String CONFLICT = "Binding failed. You were previously bound to: " + NAME;

	private static final String INVALID = "Invalid binding. Please contact service staff.";

	/** Refuses, naming the field, a template that is blank, too long, or lacks the name it must give. */
	public ReplyTexts {
		Templates.check("replyTexts.success", success, true);
		Templates.check("replyTexts.conflict", conflict, true);
		Templates.check("replyTexts.invalid", invalid, false);
	}

	/**
	 * @param name the new target's name on success, the current target's on conflict, unused when invalid
	 */
	public String forOutcome(BindOutcome outcome, String name) {
		if (outcome.succeeded()) {
			return fill(success == null ? SUCCESS : success, name);
		}
		if (outcome instanceof BindOutcome.Conflict) {
			return fill(conflict == null ? CONFLICT : conflict, name);
		}
		return fill(invalid == null ? INVALID : invalid, name);
	}

	private static String fill(String template, String name) {
		return template.replace(NAME, name);
	}
}
