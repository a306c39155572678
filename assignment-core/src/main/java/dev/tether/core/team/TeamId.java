package dev.tether.core.team;

/** Identifies a team of agents. */
public record TeamId(long value) {

	public TeamId {
		if (value <= 0) {
			throw new IllegalArgumentException("team id must be positive");
		}
	}

	@Override
	public String toString() {
		return Long.toString(value);
	}
}
