package dev.tether.persistence.sync;

import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;

import dev.tether.persistence.org.Role;
import org.jspecify.annotations.Nullable;

/**
 * An agent as a sync file shows it. {@code teamCodes} is the complete set of the agent's teams
 * that have a code, kept sorted so a file lists them the same way every time.
 */
public record AgentEntry(String email, String name, Role role, @Nullable String externalCode, Set<String> teamCodes,
		@Nullable Integer maxOpenContacts) {

	public AgentEntry {
		teamCodes = Collections.unmodifiableSortedSet(new TreeSet<>(teamCodes));
	}
}
