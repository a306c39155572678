package dev.tether.persistence.sync;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import dev.tether.core.routing.OnAgentLeave;
import dev.tether.core.routing.Strategy;
import dev.tether.core.schedule.Schedule;
import org.jspecify.annotations.Nullable;

/**
 * A team as a sync file shows it; the code names it. {@code unansweredTransferSeconds},
 * {@code outOfHoursReply} and {@code schedule} are null when the team has none.
 */
public record TeamEntry(String code, String name, Strategy strategy, boolean onlineOnly,
		@Nullable Integer maxOpenContacts, int queueTimeoutSeconds, @Nullable String outOfHoursReply,
		OnAgentLeave onAgentLeave, int leaveGraceSeconds, @Nullable Integer unansweredTransferSeconds,
		@Nullable Schedule schedule) {

	public static final String CODE = "code";

	public static final String NAME = "name";

	public static final String STRATEGY = "strategy";

	public static final String ONLINE_ONLY = "onlineOnly";

	public static final String MAX_OPEN_CONTACTS = "maxOpenContacts";

	public static final String QUEUE_TIMEOUT_SECONDS = "queueTimeoutSeconds";

	public static final String OUT_OF_HOURS_REPLY = "outOfHoursReply";

	public static final String ON_AGENT_LEAVE = "onAgentLeave";

	public static final String LEAVE_GRACE_SECONDS = "leaveGraceSeconds";

	public static final String UNANSWERED_TRANSFER_SECONDS = "unansweredTransferSeconds";

	/** This row's values, and {@code current}'s for the columns the file left out. */
	TeamEntry keeping(TeamEntry current, Set<String> absent) {
		return new TeamEntry(code, name, absent.contains(STRATEGY) ? current.strategy : strategy,
				absent.contains(ONLINE_ONLY) ? current.onlineOnly : onlineOnly,
				absent.contains(MAX_OPEN_CONTACTS) ? current.maxOpenContacts : maxOpenContacts,
				absent.contains(QUEUE_TIMEOUT_SECONDS) ? current.queueTimeoutSeconds : queueTimeoutSeconds,
				absent.contains(OUT_OF_HOURS_REPLY) ? current.outOfHoursReply : outOfHoursReply,
				absent.contains(ON_AGENT_LEAVE) ? current.onAgentLeave : onAgentLeave,
				absent.contains(LEAVE_GRACE_SECONDS) ? current.leaveGraceSeconds : leaveGraceSeconds,
				absent.contains(UNANSWERED_TRANSFER_SECONDS) ? current.unansweredTransferSeconds : unansweredTransferSeconds,
				absent.contains(ScheduleColumns.TIMEZONE) ? current.schedule : schedule);
	}

	/** The fields that had a value in {@code before} and have none here. */
	List<String> clearedFrom(TeamEntry before) {
		List<String> cleared = new ArrayList<>();
		if (before.maxOpenContacts != null && maxOpenContacts == null) {
			cleared.add(MAX_OPEN_CONTACTS);
		}
		if (before.outOfHoursReply != null && outOfHoursReply == null) {
			cleared.add(OUT_OF_HOURS_REPLY);
		}
		if (before.unansweredTransferSeconds != null && unansweredTransferSeconds == null) {
			cleared.add(UNANSWERED_TRANSFER_SECONDS);
		}
		if (before.schedule != null && schedule == null) {
			cleared.add(ScheduleColumns.TIMEZONE);
		}
		return List.copyOf(cleared);
	}
}
