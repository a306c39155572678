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
}
