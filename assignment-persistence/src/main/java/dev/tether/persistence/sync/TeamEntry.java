package dev.tether.persistence.sync;

import java.util.List;
import java.util.Set;

import dev.tether.core.routing.Strategy;
import org.jspecify.annotations.Nullable;

/** A team as a sync file shows it; the code names it. */
public record TeamEntry(String code, String name, Strategy strategy, boolean onlineOnly,
		@Nullable Integer maxOpenContacts, int queueTimeoutSeconds) {

	public static final String CODE = "code";

	public static final String NAME = "name";

	public static final String STRATEGY = "strategy";

	public static final String ONLINE_ONLY = "onlineOnly";

	public static final String MAX_OPEN_CONTACTS = "maxOpenContacts";

	public static final String QUEUE_TIMEOUT_SECONDS = "queueTimeoutSeconds";

	/** This row's values, and {@code current}'s for the columns the file left out. */
	TeamEntry keeping(TeamEntry current, Set<String> absent) {
		return new TeamEntry(code, name, absent.contains(STRATEGY) ? current.strategy : strategy,
				absent.contains(ONLINE_ONLY) ? current.onlineOnly : onlineOnly,
				absent.contains(MAX_OPEN_CONTACTS) ? current.maxOpenContacts : maxOpenContacts,
				absent.contains(QUEUE_TIMEOUT_SECONDS) ? current.queueTimeoutSeconds : queueTimeoutSeconds);
	}

	/** The fields that had a value in {@code before} and have none here. */
	List<String> clearedFrom(TeamEntry before) {
		return before.maxOpenContacts != null && maxOpenContacts == null ? List.of(MAX_OPEN_CONTACTS) : List.of();
	}
}
