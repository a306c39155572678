package dev.tether.benchmark.report;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.OptionalDouble;

import dev.tether.benchmark.routing.RoutingRun;
import dev.tether.benchmark.schedule.BoundaryRun;
import dev.tether.benchmark.sql.SqlLimit;
import dev.tether.benchmark.tether.CpuShare;
import dev.tether.benchmark.webhook.BindingRun;
import dev.tether.benchmark.webhook.HalfRateRun;
import dev.tether.benchmark.webhook.PlainRun;

/**
 * Everything one run measured, and what it ran on. {@code stayedUp} is false if Tether's process
 * died or its log shows an OutOfMemoryError; {@code peakLongLivedHeapPercent} is the fullest the
 * old generation was after a collection; {@code unexpectedLineCalls} counts calls the LINE
 * stub does not know.
 */
public record Results(LocalDate date, String machine, String jvmFlags, Duration runTime, boolean stayedUp,
		OptionalDouble peakLongLivedHeapPercent, SqlLimit sql, CpuShare sqlCpu, BindingRun binding, PlainRun plain,
		HalfRateRun halfRate, RoutingRun smallTeam, RoutingRun largeTeam, RoutingRun scheduledSmallTeam,
		RoutingRun scheduledLargeTeam, BoundaryRun boundary, long unexpectedLineCalls,
		Map<String, String> knobs) {
}
