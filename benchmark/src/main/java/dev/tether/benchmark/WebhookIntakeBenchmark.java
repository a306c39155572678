package dev.tether.benchmark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import dev.tether.benchmark.line.LineStub;
import dev.tether.benchmark.load.Wrk;
import dev.tether.benchmark.report.Machine;
import dev.tether.benchmark.report.Report;
import dev.tether.benchmark.report.Results;
import dev.tether.benchmark.rig.Rig;
import dev.tether.benchmark.routing.RoutingDecisions;
import dev.tether.benchmark.routing.RoutingRun;
import dev.tether.benchmark.schedule.BoundaryRun;
import dev.tether.benchmark.schedule.ScheduleBoundaryDelay;
import dev.tether.benchmark.sql.BareSqlLimit;
import dev.tether.benchmark.sql.SqlLimit;
import dev.tether.benchmark.tether.CpuShare;
import dev.tether.benchmark.tether.HeapWatch;
import dev.tether.benchmark.tether.ProcessCpu;
import dev.tether.benchmark.tether.TetherApi;
import dev.tether.benchmark.tether.TetherProcess;
import dev.tether.benchmark.webhook.BindingRun;
import dev.tether.benchmark.webhook.BindingWebhooks;
import dev.tether.benchmark.webhook.Campaign;
import dev.tether.benchmark.webhook.HalfRateLatency;
import dev.tether.benchmark.webhook.HalfRateRun;
import dev.tether.benchmark.webhook.PlainRun;
import dev.tether.benchmark.webhook.PlainTexts;

/**
 * Issue 7's benchmark in one run: starts the built jar with its embedded PostgreSQL, measures
 * (a) the bare-SQL limit, (b) binding webhooks, (c) plain texts from known customers, (d) latency
 * at half of (b)'s rate, (e) routing for a team of 10 and of 10,000, (f) the same with every
 * member and the team on a schedule and (g) the delay from a schedule's opening to its queue
 * being assigned, prints one table and
 * writes it as markdown. Run from the repository's root after a build:
 * {@code java -jar benchmark/target/tether-benchmark.jar [--name=value ...]} ({@code --help} lists the knobs).
 */
public final class WebhookIntakeBenchmark {

	private WebhookIntakeBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		Knobs knobs = Knobs.of(args);
		Plan plan = Plan.from(knobs);
		if (knobs.helpWanted()) {
			System.out.print(knobs.help());
			return;
		}
		knobs.rejectUnknown();
		// Beside the results, on the project's disk as the README's ./data is: a tmpfs would make fsync free.
		Path output = plan.resultsFile().toAbsolutePath().getParent();
		Files.createDirectories(output);
		Path temporary = Files.createTempDirectory(output, "run-");
		Cleanup cleanup = new Cleanup(temporary);
		Runtime.getRuntime().addShutdownHook(new Thread(cleanup, "benchmark-cleanup"));
		try {
			Results results = run(plan, knobs, output, temporary, cleanup);
			String markdown = Report.markdown(results);
			Files.writeString(plan.resultsFile(), markdown);
			System.out.println();
			System.out.print(markdown);
			System.out.println("\nWritten to " + plan.resultsFile());
		}
		catch (Wrk.LoadGeneratorMissing ex) {
			System.err.println(ex.getMessage());
			cleanup.run();
			System.exit(2);
		}
		catch (Exception ex) {
			if (!cleanup.hasRun()) {
				throw ex;
			}
			// Ctrl-C: the shutdown hook stopped Tether under the run's feet; what failed after says nothing.
			System.err.println("Stopped; Tether and its data are gone.");
		}
		finally {
			cleanup.run();
		}
	}

	private static Results run(Plan plan, Knobs knobs, Path output, Path temporary, Cleanup cleanup)
			throws Exception {
		long started = System.nanoTime();
		Wrk wrk = Wrk.findOrInstall(plan.wrk(), temporary);
		LineStub stub = cleanup.closeLater(LineStub.start());
		Path log = output.resolve("tether.log");
		say("Starting " + plan.jar() + " with " + plan.jvmFlags() + " (its log: " + log + ")");
		TetherProcess tether = cleanup.closeLater(TetherProcess.start(plan.jar(), plan.jvmFlags(), stub.baseUrl(),
				temporary.resolve("data"), log, plan.startupTimeout()));
		TetherApi api = new TetherApi(tether.baseUrl());
		HeapWatch heap = cleanup.closeLater(HeapWatch.start(api));
		ProcessCpu cpu = new ProcessCpu(tether.pid(), tether.postgres().postmasterPid());
		Rig rig = new Rig(tether.baseUrl(), wrk, plan.shape(), stub, cpu, temporary, plan.settleTimeout(),
				plan.replyTimeout());

		say("(a) bare SQL: " + plan.sqlThreads() + " JDBC threads, " + seconds(plan.sqlWarmUp()) + " warm-up, "
				+ seconds(plan.sqlDuration()) + " measured");
		cpu.awaitIdle(plan.settleTimeout());
		ProcessCpu.Sample beforeSql = cpu.sample();
		SqlLimit sql = new BareSqlLimit(plan.sqlThreads(), plan.sqlWarmUp(), plan.sqlDuration())
			.measure(tether.postgres(), api.createOrg(tether.adminToken(), "Bare SQL"));
		CpuShare sqlCpu = beforeSql.until(cpu.sample());

		Campaign campaign = Campaign.start(api.createOrg(tether.adminToken(), "Campaign"));
		BindingWebhooks bindings = new BindingWebhooks(rig);
		say("Warm-up: binding webhooks for " + seconds(plan.warmUp()));
		BindingRun warmUp = bindings.run(campaign, plan.warmUpRequests(), plan.warmUp());
		say("(b) binding webhooks, a new customer each, for " + seconds(plan.bindingDuration()));
		BindingRun binding = bindings.run(campaign, plan.bindingRequests(), plan.bindingDuration());

		List<String> known = new ArrayList<>(warmUp.boundCustomers());
		known.addAll(binding.boundCustomers());
		say("(c) plain texts from " + known.size() + " known customers, for " + seconds(plan.plainDuration()));
		PlainRun plain = new PlainTexts(rig).run(campaign, known, plan.plainRequests(), plan.plainDuration());

		double rate = plan.halfRate() > 0 ? plan.halfRate() : binding.answers().acknowledgedPerSecond() / 2;
		say(String.format("(d) binding webhooks at %.1f/s, paced, for %s", rate, seconds(plan.halfRateDuration())));
		HalfRateRun halfRate = new HalfRateLatency(rig, plan.halfRateMaxInFlight())
			.run(campaign, rate, plan.halfRateDuration());

		RoutingDecisions routing = new RoutingDecisions(rig, api, tether.adminToken(), tether.postgres(),
				plan.routingAnalyze());
		// (f) after (e) meets a database that (e) made larger; --routing.scheduled-first=true swaps them.
		RoutingRun[] parts = new RoutingRun[4];
		for (boolean scheduled : plan.routingScheduledFirst() ? new boolean[] { true, false } : new boolean[] { false, true }) {
			String part = scheduled ? "(f) routing on schedules" : "(e) routing";
			say(part + ": a team of " + plan.smallTeam() + ", for " + seconds(plan.routingDuration()));
			parts[scheduled ? 2 : 0] = routing.measure(plan.smallTeam(), plan.routingRequests(), plan.routingDuration(),
					scheduled);
			say(part + ": a team of " + plan.largeTeam() + " (its agents are imported first), for "
					+ seconds(plan.routingDuration()));
			parts[scheduled ? 3 : 1] = routing.measure(plan.largeTeam(), plan.routingRequests(), plan.routingDuration(),
					scheduled);
		}
		RoutingRun small = parts[0];
		RoutingRun large = parts[1];
		RoutingRun scheduledSmall = parts[2];
		RoutingRun scheduledLarge = parts[3];
		say("(g) schedule boundary: " + plan.boundaryTeams() + " teams opening at the next whole minute");
		BoundaryRun boundary = new ScheduleBoundaryDelay(api, tether.adminToken(), tether.postgres())
			.measure(plan.boundaryTeams(), plan.boundaryQueued());

		boolean stayedUp = tether.isAlive() && !tether.ranOutOfMemory();
		return new Results(LocalDate.now(), Machine.describe(), plan.jvmFlags(),
				Duration.ofNanos(System.nanoTime() - started), stayedUp, heap.peakPercent(), sql, sqlCpu, binding, plain,
				halfRate, small, large, scheduledSmall, scheduledLarge, boundary, stub.unexpectedCalls(), knobs.values());
	}

	private static String seconds(Duration duration) {
		return duration.toMillis() / 1000.0 + " s";
	}

	private static void say(String progress) {
		System.out.println("[benchmark] " + progress);
	}
}
