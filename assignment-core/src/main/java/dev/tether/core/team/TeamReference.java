package dev.tether.core.team;

import java.util.Objects;

/**
 * How an outside system names a team: by Tether's id, by the team's code, or by a bare string
 * that may be either. Only the bare string can be ambiguous, as when a code {@code "3"} is also
 * the id of another team. A URL path names a team by id, and by code only where no team has that id.
 */
public record TeamReference(Key key, String value) {

	/** Which of the team's names {@link #value} is. */
	public enum Key {
		ID, CODE,
		/** Either, whichever matches; two different matches are ambiguous. */
		ANY,
		/** An id when a team has it, else a code: a path segment. */
		ID_FIRST
	}

	/** As long as the longest name: an email address. */
	public static final int MAX_LENGTH = 320;

	public TeamReference {
		Objects.requireNonNull(key, "key");
		value = Objects.requireNonNull(value, "value").strip();
		if (value.isEmpty()) {
			throw new IllegalArgumentException("must not be blank");
		}
		if (value.length() > MAX_LENGTH) {
			throw new IllegalArgumentException("must be at most " + MAX_LENGTH + " characters");
		}
	}

	public static TeamReference shorthand(String value) {
		return new TeamReference(Key.ANY, value);
	}

	public static TeamReference inPath(String value) {
		return new TeamReference(Key.ID_FIRST, value);
	}

	@Override
	public String toString() {
		return key == Key.ANY || key == Key.ID_FIRST ? "'" + value + "'" : key.name().toLowerCase() + " '" + value + "'";
	}
}
