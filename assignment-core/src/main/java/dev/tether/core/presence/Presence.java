package dev.tether.core.presence;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * What an agent declared about their availability, and when we last heard from them.
 * A declared ONLINE goes stale after a time-to-live, so an agent who closed the tab without signing off
 * stops receiving work instead of silently piling it up.
 */
public record Presence(PresenceStatus declared, @Nullable Instant lastHeartbeat) {

	public Presence {
		Objects.requireNonNull(declared, "declared");
		if (declared == PresenceStatus.ONLINE && lastHeartbeat == null) {
			throw new IllegalArgumentException("going online records a heartbeat");
		}
	}

	/** Going online counts as the first heartbeat, so a fresh agent is online until the time-to-live runs out. */
	public static Presence onlineSince(Instant at) {
		return new Presence(PresenceStatus.ONLINE, at);
	}

	/**
	 * The presence as stored: a declared ONLINE with no heartbeat on record vouches for nothing, so
	 * it is offline (the API, routing's queries and this agree).
	 */
	public static Presence recorded(PresenceStatus declared, @Nullable Instant lastHeartbeat) {
		return declared == PresenceStatus.ONLINE && lastHeartbeat == null ? offline()
				: new Presence(declared, lastHeartbeat);
	}

	public static Presence away() {
		return new Presence(PresenceStatus.AWAY, null);
	}

	public static Presence offline() {
		return new Presence(PresenceStatus.OFFLINE, null);
	}

	/**
	 * AWAY and OFFLINE are taken at their word; ONLINE holds only while the last heartbeat is no older than the
	 * time-to-live (a heartbeat exactly {@code ttl} old still counts).
	 */
	public PresenceStatus effectiveAt(Instant now, Duration ttl) {
		if (ttl.isNegative()) {
			throw new IllegalArgumentException("presence time-to-live must not be negative");
		}
		return effectiveWithHeartbeatsSince(now.minus(ttl));
	}

	/**
	 * The same, for a moment given as the oldest heartbeat that still counts ({@code now} minus the
	 * time-to-live), as routing's queries take it: {@code last_heartbeat_at >= :onlineSince}.
	 */
	public PresenceStatus effectiveWithHeartbeatsSince(Instant oldestCounted) {
		if (declared != PresenceStatus.ONLINE) {
			return declared;
		}
		Instant heartbeat = Objects.requireNonNull(lastHeartbeat, "online presence has a heartbeat");
		return heartbeat.isBefore(oldestCounted) ? PresenceStatus.OFFLINE : PresenceStatus.ONLINE;
	}

	/** Only an agent who is effectively online is offered new conversations. */
	public boolean takesNewWork(Instant now, Duration ttl) {
		return effectiveAt(now, ttl) == PresenceStatus.ONLINE;
	}
}
