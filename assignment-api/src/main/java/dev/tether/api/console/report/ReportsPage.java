package dev.tether.api.console.report;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;

import dev.tether.api.console.security.ConsoleUser;
import dev.tether.api.console.web.Form;
import dev.tether.api.report.ReportAccess;
import dev.tether.core.Refusal;
import dev.tether.persistence.org.OrgService;
import dev.tether.persistence.report.AssignmentReports;
import dev.tether.persistence.report.DailyAssignments;
import dev.tether.persistence.report.ReportGrouping;
import dev.tether.persistence.report.ReportPeriod;
import dev.tether.persistence.report.ReportScope;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * The assignment report over days the person picks, in the org's time zone, with a chart of
 * assignments per agent per day; and who holds how many contacts by permanent binding. Each row
 * is visible by the API's report rules.
 */
@Controller
class ReportsPage {

	/** A chart of more days than this is a smear of lines. */
	static final int MAX_DAYS = 366;

	private static final int DEFAULT_DAYS = 14;

	private final AssignmentReports reports;

	private final DailyAssignments daily;

	private final OrgService orgs;

	private final Clock clock;

	ReportsPage(AssignmentReports reports, DailyAssignments daily, OrgService orgs, Clock clock) {
		this.reports = reports;
		this.daily = daily;
		this.orgs = orgs;
		this.clock = clock;
	}

	@GetMapping("/console/reports")
	ModelAndView assignments(ConsoleUser me, @RequestParam(required = false) @Nullable String from,
			@RequestParam(required = false) @Nullable String to) {
		ReportScope scope = ReportAccess.scope(me.caller(), ReportGrouping.AGENT);
		ZoneId zone = ZoneId.of(orgs.get(me.orgId()).timezone());
		LocalDate today = LocalDate.now(clock.withZone(zone));
		Map<String, Object> values = new LinkedHashMap<>();
		values.put("from", from == null ? today.minusDays(DEFAULT_DAYS - 1) : from);
		values.put("to", to == null ? today : to);
		Form form = Form.of(values);
		LocalDate first = date(form, "from");
		LocalDate last = date(form, "to");
		if (first != null && last != null && last.isAfter(first.plusDays(MAX_DAYS - 1))) {
			form.rejected("to", "must be at most " + MAX_DAYS + " days after from");
		}
		ModelAndView page = new ModelAndView("console/reports");
		page.addObject("form", form);
		page.addObject("zone", zone);
		if (form.hasErrors()) {
			page.setStatus(HttpStatus.BAD_REQUEST);
			return page;
		}
		try {
			ReportPeriod period = new ReportPeriod(first.atStartOfDay(zone).toInstant(),
					last.plusDays(1).atStartOfDay(zone).toInstant());
			page.addObject("rows", reports.assignments(me.orgId(), ReportGrouping.AGENT, period, scope));
			page.addObject("chart", AssignmentChart.of(daily.perAgent(me.orgId(), period, scope, zone), first, last));
		}
		catch (Refusal refusal) {
			page.addObject("form", form.rejected(refusal, Map.of()));
			page.setStatus(HttpStatus.BAD_REQUEST);
		}
		return page;
	}

	@GetMapping("/console/bindings")
	String permanentBindings(ConsoleUser me, Model model) {
		model.addAttribute("rows",
				reports.permanentBindings(me.orgId(), ReportAccess.scope(me.caller(), ReportGrouping.AGENT)));
		return "console/bindings";
	}

	private static @Nullable LocalDate date(Form form, String field) {
		try {
			return LocalDate.parse(form.value(field));
		}
		catch (DateTimeParseException ex) {
			form.rejected(field, "must be a date like 2026-04-01");
			return null;
		}
	}
}
