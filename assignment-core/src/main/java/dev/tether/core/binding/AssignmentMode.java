package dev.tether.core.binding;

/** How an org treats a contact who already has a binding and sends another code. */
public enum AssignmentMode {

	/** The first binding stands; a different code is a conflict an admin must settle. */
	PERMANENT,

	/** A new code replaces the binding. */
	GENERAL
}
