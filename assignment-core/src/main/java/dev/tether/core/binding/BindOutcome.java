package dev.tether.core.binding;

import org.jspecify.annotations.Nullable;

/** What became of a contact's attempt to bind with a code. */
public sealed interface BindOutcome {

	/** The contact is now bound to {@code target}; {@code previous} is the binding it replaced, if any. */
	record Bound(BindingTarget target, @Nullable BindingTarget previous) implements BindOutcome {
	}

	/** The contact was already bound to this very target: nothing changes, and that is a success. */
	record AlreadyBound(BindingTarget target) implements BindOutcome {
	}

	/** PERMANENT mode keeps the first binding; an admin has to settle the difference. */
	record Conflict(BindingTarget current) implements BindOutcome {
	}

	/** The code cannot bind anyone. */
	record Invalid(InvalidCode reason) implements BindOutcome {
	}

	/** Why a code cannot bind. */
	enum InvalidCode {
		MALFORMED, TAMPERED, UNKNOWN, REVOKED, AGENT_INACTIVE, TEAM_EMPTY, NOT_IN_TEAM, OTHER_CHANNEL
	}

	default boolean succeeded() {
		return this instanceof Bound || this instanceof AlreadyBound;
	}
}
