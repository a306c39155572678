package dev.tether.core.binding;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * Tags applied to a contact when it binds. An org has at most five; an agent's or a team's own
 * list replaces the org's for bindings to them.
 */
public record AutoTags(List<String> tags) {

	public static final int MAX_TAGS = 5;

	public static final int MAX_TAG_LENGTH = 50;

	public static final AutoTags NONE = new AutoTags(List.of());

	public AutoTags {
		Set<String> distinct = new LinkedHashSet<>();
		for (String tag : tags) {
			String trimmed = tag == null ? "" : tag.strip();
			if (trimmed.isEmpty() || trimmed.length() > MAX_TAG_LENGTH) {
				throw new IllegalArgumentException("a tag is 1 to " + MAX_TAG_LENGTH + " characters");
			}
			distinct.add(trimmed);
		}
		if (distinct.size() > MAX_TAGS) {
			throw new IllegalArgumentException("at most " + MAX_TAGS + " tags");
		}
		tags = List.copyOf(distinct);
	}

	/**
	 * The tags for a binding: the agent's own list if it has one, else the team's, else the org's.
	 * An empty list counts as "none of its own".
	 */
	public static AutoTags forBinding(@Nullable AutoTags agent, @Nullable AutoTags team, AutoTags org) {
		if (agent != null && !agent.tags.isEmpty()) {
			return agent;
		}
		if (team != null && !team.tags.isEmpty()) {
			return team;
		}
		return org;
	}

	/** The tags of this list that {@code existing} does not have yet, in order. */
	public List<String> missingFrom(List<String> existing) {
		return tags.stream().filter(tag -> !existing.contains(tag)).toList();
	}
}
