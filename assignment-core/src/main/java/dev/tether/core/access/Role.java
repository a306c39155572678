package dev.tether.core.access;

/** What a token may do within its org. */
public enum Role {

	OWNER, ADMIN, MANAGER, AGENT, INTEGRATION;

	/** Owners and admins manage the whole org. */
	public boolean managesOrg() {
		return this == OWNER || this == ADMIN;
	}

	/** Managers and agents act for a particular agent, so their tokens name one. */
	public boolean actsForAnAgent() {
		return this == MANAGER || this == AGENT;
	}
}
