package dev.tether.persistence.report;

/** How many contacts an agent holds by a PERMANENT binding right now. */
public record PermanentHolding(long agentId, String name, long contacts) {
}
