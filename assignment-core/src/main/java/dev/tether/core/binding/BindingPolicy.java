package dev.tether.core.binding;

import org.jspecify.annotations.Nullable;

/** Decides what a valid code does to a contact's existing binding under the org's mode. */
public final class BindingPolicy {

	private final AssignmentMode mode;

	public BindingPolicy(AssignmentMode mode) {
		this.mode = mode;
	}

	public BindOutcome bind(@Nullable BindingTarget current, BindingTarget requested) {
		if (current == null) {
			return new BindOutcome.Bound(requested, null);
		}
		if (current.equals(requested)) {
			return new BindOutcome.AlreadyBound(current);
		}
		return switch (mode) {
			case PERMANENT -> new BindOutcome.Conflict(current);
			case GENERAL -> new BindOutcome.Bound(requested, current);
		};
	}

	/**
	 * What an external system's individual assignment does to a binding: it binds the contact
	 * permanently to {@code requested}, whatever the org's mode, replacing any binding but the
	 * very same permanent one, which stays as it is.
	 *
	 * @param current the contact's binding, if any
	 * @param currentMode that binding's mode
	 */
	public static BindOutcome imposePermanently(@Nullable BindingTarget current, @Nullable AssignmentMode currentMode,
			BindingTarget requested) {
		if (requested.equals(current) && currentMode == AssignmentMode.PERMANENT) {
			return new BindOutcome.AlreadyBound(requested);
		}
		return new BindOutcome.Bound(requested, current);
	}
}
