package dev.tether.api.report;

import java.util.Objects;

import dev.tether.api.security.Caller;
import dev.tether.core.Refusal;
import dev.tether.core.access.Role;
import dev.tether.persistence.report.ReportGrouping;
import dev.tether.persistence.report.ReportScope;

/**
 * Whose rows a caller sees: owners and admins the whole org; a manager the teams they belong to
 * and the agents who share one with them (and themselves); an agent only their own agent row,
 * since a team's totals would show their teammates' work. Integrations read no reports.
 */
public final class ReportAccess {

	private ReportAccess() {
	}

	public static ReportScope scope(Caller.Member caller, ReportGrouping grouping) {
		caller.require(Role.OWNER, Role.ADMIN, Role.MANAGER, Role.AGENT);
		if (caller.role().managesOrg()) {
			return ReportScope.wholeOrg();
		}
		long self = Objects.requireNonNull(caller.agentId(), "MANAGER and AGENT tokens always name an agent");
		if (caller.role() == Role.MANAGER) {
			return ReportScope.teamsOf(self);
		}
		if (grouping == ReportGrouping.TEAM) {
			throw Refusal.forbidden("An AGENT token reads only its own agent row");
		}
		return ReportScope.self(self);
	}
}
