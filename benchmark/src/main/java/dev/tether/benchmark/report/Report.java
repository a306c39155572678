package dev.tether.benchmark.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import dev.tether.benchmark.load.WrkResult;
import dev.tether.benchmark.routing.RoutingRun;
import dev.tether.benchmark.schedule.BoundaryRun;
import dev.tether.benchmark.tether.CpuShare;

/**
 * Renders a run as markdown: one table with every part's numbers, their ratios to the bare-SQL
 * limit and issue 7's targets beside them, then what the run ran on and anything that makes a
 * number doubtful.
 */
public final class Report {

	private Report() {
	}

	public static String markdown(Results results) {
		double limit = results.sql().transactionsPerSecond();
		List<String> rows = new ArrayList<>();
		rows.add("| part | measure | result | ÷ (a) | issue 7 target | CPU: Tether / PostgreSQL |");
		rows.add("|---|---|---|---|---|---|");
		rows.add(row("(a) bare SQL of one binding: 6 statements, one transaction, " + results.sql().threads()
				+ " JDBC threads", "transactions/s", bold(rate(limit)), "1.00", "", cpu(results.sqlCpu())));

		WrkResult binding = results.binding().answers();
		rows.add(row("(b) binding webhooks, a new customer each, wrk " + results.knobs().get("connections")
				+ " connections", "acknowledged/s", bold(rate(binding.acknowledgedPerSecond())),
				ratio(binding.acknowledgedPerSecond(), limit), "≥ 1.0 (0.6)", cpu(results.binding().cpu())));
		rows.add(row("", "answer p50 / p99", millis(binding.p50Millis()) + " / " + millis(binding.p99Millis()), "", "",
				""));
		rows.add(row("", "processed/s: first request → last reply at the LINE stub",
				bold(rate(results.binding().processedPerSecond())),
				ratio(results.binding().processedPerSecond(), limit), "≥ 1.0 (0.6)", ""));
		rows.add(row("", "not acknowledged; acknowledged without a reply",
				notAcknowledged(binding) + "; " + results.binding().repliesMissing(), "", "", ""));

		WrkResult plain = results.plain().answers();
		rows.add(row("(c) plain texts from " + String.format(Locale.ROOT, "%,d", results.plain().customers())
				+ " known customers, wrk " + results.knobs().get("connections") + " connections", "acknowledged/s",
				bold(rate(plain.acknowledgedPerSecond())), ratio(plain.acknowledgedPerSecond(), limit), "≥ 2.0",
				cpu(results.plain().cpu())));
		rows.add(row("", "answer p50 / p99", millis(plain.p50Millis()) + " / " + millis(plain.p99Millis()), "", "", ""));
		rows.add(row("", "not acknowledged", notAcknowledged(plain), "", "", ""));

		rows.add(row("(d) binding webhooks at " + rate(results.halfRate().rate()) + "/s, paced ("
				+ String.format(Locale.ROOT, "%,d", results.halfRate().sent()) + " sent)", "answer p50 / p99",
				millis(results.halfRate().p50AnswerMillis()) + " / " + bold(millis(results.halfRate().p99AnswerMillis())),
				"", "p99 ≤ 25 ms", cpu(results.halfRate().cpu())));
		rows.add(row("", "webhook due → reply at the LINE stub, p99", bold(millis(results.halfRate().p99ReplyMillis())),
				"", "≤ 100 ms", ""));
		rows.add(row("", "not acknowledged; acknowledged without a reply",
				results.halfRate().notAcknowledged() + "; " + results.halfRate().repliesMissing(), "", "", ""));

		rows.add(routing(results.smallTeam()));
		rows.add(routing(results.largeTeam()));
		rows.add(row("", "team of " + size(results.smallTeam()) + " ÷ team of " + size(results.largeTeam()),
				bold(String.format(Locale.ROOT, "%.2f",
						results.smallTeam().decisionsPerSecond() / results.largeTeam().decisionsPerSecond())),
				"", "≤ 1.5", ""));
		rows.add(routing(results.scheduledSmallTeam()));
		rows.add(routing(results.scheduledLargeTeam()));
		rows.add(row("", "(f) ÷ (e): team of " + size(results.smallTeam()) + "; of " + size(results.largeTeam()),
				bold(String.format(Locale.ROOT, "%.2f; %.2f",
						results.scheduledSmallTeam().decisionsPerSecond() / results.smallTeam().decisionsPerSecond(),
						results.scheduledLargeTeam().decisionsPerSecond() / results.largeTeam().decisionsPerSecond())),
				"", "≈ 1 (no fall)", ""));
		BoundaryRun boundary = results.boundary();
		rows.add(row("(g) " + boundary.teams() + " teams open at the same minute, " + boundary.queued() / boundary.teams()
				+ " queued in each", "boundary → first assignment p50 / p99 / max",
				millis(boundary.p50Millis()) + " / " + bold(millis(boundary.p99Millis())) + " / " + millis(boundary.maxMillis()),
				"", "p99 < 1 s", ""));
		rows.add(row("", "queued conversations assigned", boundary.assigned() + " of " + boundary.queued(), "", "", ""));

		StringBuilder markdown = new StringBuilder();
		markdown.append("### Webhook intake benchmark, ").append(results.date()).append("\n\n");
		rows.forEach(row -> markdown.append(row).append('\n'));
		markdown.append('\n')
			.append("- Machine: ").append(results.machine()).append(".\n")
			.append("- Tether's JVM flags: `").append(results.jvmFlags()).append("`; stayed up throughout: ")
			.append(results.stayedUp() ? "yes (no OutOfMemoryError)" : "**no**")
			.append(results.peakLongLivedHeapPercent().isPresent()
					? String.format(Locale.ROOT, "; its old generation was at most %.0f %% full after a collection",
							results.peakLongLivedHeapPercent().getAsDouble())
					: "")
			.append(".\n")
			.append("- The run took ").append(results.runTime().toSeconds()).append(" s. Knobs: ")
			.append(results.knobs().entrySet().stream().map(knob -> "`--" + knob.getKey() + "=" + knob.getValue() + "`")
				.collect(Collectors.joining(" ")))
			.append(".\n");
		warnings(results).forEach(warning -> markdown.append("- **Warning:** ").append(warning).append('\n'));
		return markdown.toString();
	}

	private static String routing(RoutingRun run) {
		return row((run.scheduled() ? "(f)" : "(e)") + " round-robin team of " + size(run) + ", new customers' plain texts"
				+ (run.scheduled() ? ", the team and every member on a schedule" : "")
				+ (run.analyzed() ? "" : ", statistics left stale after the import"),
				"decisions/s (" + String.format(Locale.ROOT, "%,d", run.assigned()) + " assigned)",
				bold(rate(run.decisionsPerSecond())), "", "≥ 1,000", cpu(run.cpu()));
	}

	private static List<String> warnings(Results results) {
		List<String> warnings = new ArrayList<>();
		Map<String, WrkResult> loads = Map.of("(b)", results.binding().answers(), "(c)", results.plain().answers(),
				"(e) small team", results.smallTeam().answers(), "(e) large team", results.largeTeam().answers());
		new TreeMap<>(loads).forEach((part, answers) -> {
			if (answers.ranOut()) {
				warnings.add(part + " ran out of pre-generated webhooks before its time was up: raise its *.requests knob.");
			}
		});
		if (results.binding().repliesMissing() > 0 || results.halfRate().repliesMissing() > 0) {
			warnings.add("some acknowledged events got no reply within " + results.knobs().get("reply-timeout")
					+ "; processed/s counts acknowledged events, so it is overstated.");
		}
		for (RoutingRun run : List.of(results.smallTeam(), results.largeTeam(), results.scheduledSmallTeam(),
				results.scheduledLargeTeam())) {
			if (run.assigned() < run.answers().acknowledged()) {
				warnings.add("(e) team of " + size(run) + ": " + (run.answers().acknowledged() - run.assigned())
						+ " acknowledged conversations were not assigned within " + results.knobs().get("reply-timeout") + ".");
			}
		}
		if (results.unexpectedLineCalls() > 0) {
			warnings.add("Tether made " + results.unexpectedLineCalls() + " calls to the LINE API the stub does not know.");
		}
		return warnings;
	}

	private static String row(String part, String measure, String result, String ratio, String target, String cpu) {
		return "| " + part + " | " + measure + " | " + result + " | " + ratio + " | " + target + " | " + cpu + " |";
	}

	private static String notAcknowledged(WrkResult answers) {
		if (answers.notAcknowledged() == 0) {
			return "0";
		}
		List<String> why = new ArrayList<>();
		new TreeMap<>(answers.otherStatuses()).forEach((status, count) -> why.add(status + ": " + count));
		if (answers.socketErrors() > 0) {
			why.add("socket errors: " + answers.socketErrors());
		}
		if (answers.timeouts() > 0) {
			why.add("timeouts: " + answers.timeouts());
		}
		return answers.notAcknowledged() + " (" + String.join(", ", why) + ")";
	}

	private static String size(RoutingRun run) {
		return String.format(Locale.ROOT, "%,d", run.teamSize());
	}

	private static String rate(double perSecond) {
		if (Double.isNaN(perSecond)) {
			return "n/a";
		}
		return String.format(Locale.ROOT, perSecond < 100 ? "%,.1f" : "%,.0f", perSecond);
	}

	private static String ratio(double value, double limit) {
		if (Double.isNaN(value)) {
			return "n/a";
		}
		double ratio = value / limit;
		return String.format(Locale.ROOT, ratio < 0.1 ? "%.3f" : "%.2f", ratio);
	}

	private static String millis(double millis) {
		if (Double.isNaN(millis)) {
			return "n/a";
		}
		return String.format(Locale.ROOT, millis < 100 ? "%.1f ms" : "%,.0f ms", millis);
	}

	private static String cpu(CpuShare share) {
		if (Double.isNaN(share.tetherPercent())) {
			return "n/a";
		}
		return String.format(Locale.ROOT, "%.0f %% / %.0f %%", share.tetherPercent(), share.postgresPercent());
	}

	private static String bold(String text) {
		return "**" + text + "**";
	}
}
