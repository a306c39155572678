package dev.tether.persistence.sync;

import dev.tether.core.routing.Strategy;
import org.jspecify.annotations.Nullable;

/** A team as a sync file shows it; the code names it. */
public record TeamEntry(String code, String name, Strategy strategy, boolean onlineOnly,
		@Nullable Integer maxOpenContacts, int queueTimeoutSeconds) {
}
