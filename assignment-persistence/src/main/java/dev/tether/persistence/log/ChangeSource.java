package dev.tether.persistence.log;

/** What caused a binding or assignee to change. */
public enum ChangeSource {
	QR, API, RULE, MANUAL, TIMEOUT
}
