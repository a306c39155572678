package dev.tether.persistence.schedule;

/** Who a schedule belongs to: a team (its opening hours) or an agent (their shifts). */
public enum ScheduleOwner {
	TEAM("team"), AGENT("agent");

	private final String table;

	ScheduleOwner(String table) {
		this.table = table;
	}

	String table() {
		return table;
	}
}
