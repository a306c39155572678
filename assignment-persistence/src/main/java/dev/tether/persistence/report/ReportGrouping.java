package dev.tether.persistence.report;

/** Whether a report has a row per agent or per team. */
public enum ReportGrouping {
	AGENT, TEAM
}
