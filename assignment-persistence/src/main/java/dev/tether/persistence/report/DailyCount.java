package dev.tether.persistence.report;

import java.time.LocalDate;

/** How many conversations one agent was handed on one day. */
public record DailyCount(long agentId, String name, LocalDate day, long assigned) {
}
