package dev.tether.core.presence;

/** What an agent says about their availability; only ONLINE agents take new conversations. */
public enum PresenceStatus {
	ONLINE,
	AWAY,
	OFFLINE
}
