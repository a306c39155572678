package dev.tether.core.presence;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

import dev.tether.core.schedule.Availability;
import org.jspecify.annotations.Nullable;

/**
 * Whether an agent is gone from work, and since when: they declared AWAY or OFFLINE, their
 * heartbeats stopped for the presence's time-to-live, or their shift ended. Whichever began first
 * counts, so a grace period runs from the moment they first stopped being there; coming back
 * (online again, shift open again) ends it, and leaving again starts a new one.
 *
 * @param declaredSince when the declared presence last changed; {@code null} if never recorded (long ago)
 * @param shiftSince when the shift last opened or closed; {@code null} if never recorded (long ago)
 */
public record Departure(Presence presence, @Nullable Instant declaredSince, Availability shift,
		@Nullable Instant shiftSince) {

	public Departure {
		Objects.requireNonNull(presence, "presence");
		Objects.requireNonNull(shift, "shift");
	}

	/**
	 * Whether an agent is available at {@code now}: active, online and on shift. What agents answer
	 * as {@code available}, and what a bound agent must be for an org that otherwise sends their
	 * contacts to the team.
	 */
	public static boolean available(boolean active, Presence presence, Availability shift, Instant now, Duration ttl) {
		return active && new Departure(presence, null, shift, null).goneSince(now, ttl) == null;
	}

	/** Since when the agent has been gone at {@code now}; {@code null} while they are at work. */
	public @Nullable Instant goneSince(Instant now, Duration ttl) {
		Instant since = null;
		if (presence.declared() != PresenceStatus.ONLINE) {
			since = orLongAgo(declaredSince);
		}
		else if (presence.effectiveAt(now, ttl) == PresenceStatus.OFFLINE) {
			since = Objects.requireNonNull(presence.lastHeartbeat(), "online presence has a heartbeat").plus(ttl);
		}
		if (!shift.openAt(now)) {
			since = earliest(since, shiftClosedAt(now));
		}
		return since;
	}

	/** The kept state may not have caught up with a boundary that just passed: then that boundary closed it. */
	private Instant shiftClosedAt(Instant now) {
		Instant next = shift.nextChange();
		if (shift.open() && next != null && !now.isBefore(next)) {
			return next;
		}
		return orLongAgo(shiftSince);
	}

	private static Instant orLongAgo(@Nullable Instant at) {
		return at == null ? Instant.EPOCH : at;
	}

	private static Instant earliest(@Nullable Instant one, Instant other) {
		return one == null || other.isBefore(one) ? other : one;
	}
}
