package dev.tether.persistence.report;

import org.jspecify.annotations.Nullable;

/**
 * Whose rows a report shows: the whole org's, or those seen from one agent. From an agent, team
 * rows are the teams they belong to; agent rows are the agent, and with {@code teammates} also
 * everyone who shares a team with them.
 */
public record ReportScope(@Nullable Long viewer, boolean teammates) {

	public static ReportScope wholeOrg() {
		return new ReportScope(null, false);
	}

	public static ReportScope self(long agentId) {
		return new ReportScope(agentId, false);
	}

	public static ReportScope teamsOf(long agentId) {
		return new ReportScope(agentId, true);
	}
}
