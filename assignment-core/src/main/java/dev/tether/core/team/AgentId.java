package dev.tether.core.team;

/** Identifies an agent: a person who can own conversations. */
public record AgentId(long value) {

	public AgentId {
		if (value <= 0) {
			throw new IllegalArgumentException("agent id must be positive");
		}
	}

	@Override
	public String toString() {
		return Long.toString(value);
	}
}
