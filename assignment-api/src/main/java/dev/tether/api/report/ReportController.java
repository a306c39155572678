package dev.tether.api.report;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.tether.api.security.Caller;
import dev.tether.persistence.report.AssignmentReports;
import dev.tether.persistence.report.AssignmentRow;
import dev.tether.persistence.report.PermanentHolding;
import dev.tether.persistence.report.ReportGrouping;
import dev.tether.persistence.report.ReportPeriod;
import dev.tether.persistence.report.ReportScope;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Data Insights: assignments per agent or team over a period, and who holds contacts for good. */
@RestController
class ReportController {

	private final AssignmentReports reports;

	private final Clock clock;

	ReportController(AssignmentReports reports, Clock clock) {
		this.reports = reports;
		this.clock = clock;
	}

	/** The period defaults to the 30 days up to now; rows are per agent unless {@code groupBy=TEAM}. */
	@GetMapping("/api/v1/reports/assignments")
	Report<AssignmentLine> assignments(Caller.Member caller, @RequestParam(required = false) @Nullable Instant from,
			@RequestParam(required = false) @Nullable Instant to,
			@RequestParam(defaultValue = "AGENT") ReportGrouping groupBy) {
		ReportScope scope = ReportAccess.scope(caller, groupBy);
		ReportPeriod period = ReportPeriod.of(from, to, clock.instant());
		return new Report<>(reports.assignments(caller.orgId(), groupBy, period, scope)
			.stream()
			.map(row -> AssignmentLine.of(groupBy, row))
			.toList());
	}

	@GetMapping("/api/v1/reports/permanent-bindings")
	Report<HoldingLine> permanentBindings(Caller.Member caller) {
		ReportScope scope = ReportAccess.scope(caller, ReportGrouping.AGENT);
		return new Report<>(reports.permanentBindings(caller.orgId(), scope).stream().map(HoldingLine::of).toList());
	}

	record Report<T>(List<T> rows) {
	}

	/** A row names either {@code agentId} or {@code teamId}, as grouped. */
	record AssignmentLine(@JsonInclude(JsonInclude.Include.NON_NULL) @Nullable String agentId,
			@JsonInclude(JsonInclude.Include.NON_NULL) @Nullable String teamId, String name, long assigned, long open,
			long closed, long permanentBindings, @Nullable Double medianWaitSeconds,
			@Nullable Double medianFirstReplySeconds) {

		static AssignmentLine of(ReportGrouping grouping, AssignmentRow row) {
			String id = Long.toString(row.id());
			boolean byAgent = grouping == ReportGrouping.AGENT;
			return new AssignmentLine(byAgent ? id : null, byAgent ? null : id, row.name(), row.assigned(), row.open(),
					row.closed(), row.permanentBindings(), row.medianWaitSeconds(), row.medianFirstReplySeconds());
		}
	}

	record HoldingLine(String agentId, String name, long contacts) {

		static HoldingLine of(PermanentHolding holding) {
			return new HoldingLine(Long.toString(holding.agentId()), holding.name(), holding.contacts());
		}
	}
}
