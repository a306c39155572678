package dev.tether.persistence.report;

import org.jspecify.annotations.Nullable;

/** One agent's or one team's line of the assignment report; see {@link AssignmentReports}. */
public record AssignmentRow(long id, String name, long assigned, long open, long closed, long permanentBindings,
		@Nullable Double medianWaitSeconds, @Nullable Double medianFirstReplySeconds) {
}
