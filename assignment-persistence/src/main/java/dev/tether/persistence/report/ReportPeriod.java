package dev.tether.persistence.report;

import java.time.Duration;
import java.time.Instant;

import dev.tether.core.Refusal;
import org.jspecify.annotations.Nullable;

/** The half-open interval [from, to) in which a report counts what happened. */
public record ReportPeriod(Instant from, Instant to) {

	/** How far back a report looks when the caller names no start. */
	public static final Duration DEFAULT_LENGTH = Duration.ofDays(30);

	public ReportPeriod {
		if (!to.isAfter(from)) {
			throw Refusal.invalidInput("VALIDATION_FAILED", "to: must be after from");
		}
	}

	/** The period the caller asked for: it ends now unless told otherwise, and lasts the default length. */
	public static ReportPeriod of(@Nullable Instant from, @Nullable Instant to, Instant now) {
		Instant end = to == null ? now : to;
		return new ReportPeriod(from == null ? end.minus(DEFAULT_LENGTH) : from, end);
	}
}
