package dev.tether.persistence.team;

import dev.tether.core.binding.AutoTags;
import dev.tether.core.routing.OnAgentLeave;
import dev.tether.core.routing.Strategy;
import org.jspecify.annotations.Nullable;

/**
 * The editable facts about a team; a null field means "not given", a blank
 * {@code outOfHoursReply} removes it, and an {@code unansweredTransferSeconds} of 0 turns the
 * transfer off.
 */
public record TeamDetails(@Nullable String name, @Nullable String code, @Nullable Strategy strategy,
		@Nullable Boolean onlineOnly, @Nullable Integer maxOpenContacts, @Nullable Integer queueTimeoutSeconds,
		@Nullable AutoTags autoTags, @Nullable String outOfHoursReply, @Nullable OnAgentLeave onAgentLeave,
		@Nullable Integer leaveGraceSeconds, @Nullable Integer unansweredTransferSeconds) {

	/** The value of {@code unansweredTransferSeconds} that turns the transfer off. */
	public static final int TRANSFER_OFF = 0;

	/** As long as a reply text may be (LINE takes 5,000 characters in a text message). */
	public static final int MAX_OUT_OF_HOURS_REPLY = 1_000;

	/** A conversation waits in a team's queue for a week at the most, and by default. */
	public static final int MAX_QUEUE_TIMEOUT_SECONDS = 604_800;
}
