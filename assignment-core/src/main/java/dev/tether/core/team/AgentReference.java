package dev.tether.core.team;

import java.util.Objects;

/**
 * How an outside system names an agent: by Tether's id, by email, by its own employee code, or by
 * a bare string that may be any of the three. Only the bare string can be ambiguous, as when an
 * external code {@code "42"} is also the id of another agent. A URL path names an agent by id,
 * and by email or external code only where no agent has that id.
 */
public record AgentReference(Key key, String value) {

	/** Which of the agent's names {@link #value} is. */
	public enum Key {
		ID, EMAIL, EXTERNAL_CODE,
		/** Any of the others, whichever matches; two different matches are ambiguous. */
		ANY,
		/** An id when an agent has it, else an email or external code: a path segment. */
		ID_FIRST
	}

	/** As long as the longest name: an email address. */
	public static final int MAX_LENGTH = 320;

	public AgentReference {
		Objects.requireNonNull(key, "key");
		value = Objects.requireNonNull(value, "value").strip();
		if (value.isEmpty()) {
			throw new IllegalArgumentException("an agent reference names something");
		}
	}

	public static AgentReference shorthand(String value) {
		return new AgentReference(Key.ANY, value);
	}

	public static AgentReference inPath(String value) {
		return new AgentReference(Key.ID_FIRST, value);
	}

	@Override
	public String toString() {
		return key == Key.ANY || key == Key.ID_FIRST ? "'" + value + "'"
				: key.name().toLowerCase().replace('_', ' ') + " '" + value + "'";
	}
}
