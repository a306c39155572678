package dev.tether.benchmark;

import java.nio.file.Path;
import java.time.Duration;

import dev.tether.benchmark.load.LoadShape;

/**
 * What one run does, every knob read up front with its default: the defaults keep a whole run
 * under five minutes on two cores, and each request count outlasts its duration by far.
 */
record Plan(Path jar, String jvmFlags, Path resultsFile, String wrk, Duration startupTimeout, int sqlThreads,
		Duration sqlWarmUp, Duration sqlDuration, LoadShape shape, Duration warmUp, Duration bindingDuration,
		int bindingRequests, Duration plainDuration, int plainRequests, Duration halfRateDuration, double halfRate,
		int halfRateMaxInFlight, Duration routingDuration, int routingRequests, int smallTeam, int largeTeam,
		boolean routingAnalyze, boolean routingScheduledFirst, int boundaryTeams, int boundaryQueued, Duration replyTimeout, Duration settleTimeout) {

	static Plan from(Knobs knobs) {
		return new Plan(knobs.path("jar", "assignment-api/target/tether.jar", "the built Tether jar"),
				knobs.text("heap", "-Xmx256m", "JVM flags for Tether, its heap limit among them"),
				knobs.path("results", "benchmark/target/benchmark-results.md", "where the results are written as markdown"),
				knobs.text("wrk", "wrk", "the wrk executable, a name on the PATH or a path"),
				knobs.duration("startup-timeout", "180s", "how long Tether may take to become healthy"),
				knobs.count("sql.threads", 16, "(a) JDBC connections, one transaction each at a time"),
				knobs.duration("sql.warm-up", "3s", "(a) time before transactions are counted"),
				knobs.duration("sql.duration", "10s", "(a) time transactions are counted over"),
				new LoadShape(knobs.count("connections", 16, "(b), (c), (e) wrk connections"),
						knobs.count("wrk.threads", 2, "(b), (c), (e) wrk threads"),
						knobs.duration("wrk.timeout", "10s", "wrk's answer timeout; later answers count as timeouts")),
				knobs.duration("warm-up", "5s", "binding webhooks sent before (b), not reported"),
				knobs.duration("binding.duration", "20s", "(b) how long wrk sends binding webhooks"),
				knobs.count("binding.requests", 100_000, "(b) binding webhooks generated, each sent at most once"),
				knobs.duration("plain.duration", "20s", "(c) how long wrk sends plain texts"),
				knobs.count("plain.requests", 200_000, "(c) plain texts generated, each sent at most once"),
				knobs.duration("half-rate.duration", "15s", "(d) how long the paced sender sends"),
				knobs.number("half-rate.rate", 0, "(d) webhooks per second; 0 means half of (b)'s acknowledged/s"),
				knobs.count("half-rate.max-in-flight", 256, "(d) most webhooks the paced sender keeps unanswered"),
				knobs.duration("routing.duration", "10s", "(e) how long wrk sends texts to each team"),
				knobs.count("routing.requests", 50_000, "(e) texts generated per team, each sent at most once"),
				knobs.count("routing.small-team", 10, "(e) members of the small team"),
				knobs.count("routing.large-team", 10_000, "(e) members of the large team (the API takes at most 10,000)"),
				Boolean.parseBoolean(knobs.text("routing.analyze", "true",
						"(e) ANALYZE after the import, as autovacuum soon would; false measures with stale statistics")),
				Boolean.parseBoolean(knobs.text("routing.scheduled-first", "false",
						"(f) before (e): each then meets the database the other leaves")),
				knobs.count("boundary.teams", 30, "(g) teams whose schedules open at the same minute"),
				knobs.count("boundary.queued", 5, "(g) conversations queued in each of them"),
				knobs.duration("reply-timeout", "120s", "longest wait for the replies or assignments a part expects"),
				knobs.duration("settle-timeout", "60s", "longest wait for Tether to go idle before a part"));
	}

	/** Binding webhooks for the warm-up: as many per second of it as (b) has. */
	int warmUpRequests() {
		return (int) Math.ceil((double) bindingRequests * warmUp.toMillis() / Math.max(1, bindingDuration.toMillis()));
	}
}
