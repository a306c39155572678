package dev.tether.core.presence;

import java.time.Duration;
import java.time.Instant;

import dev.tether.core.schedule.Availability;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DepartureTests {

	private static final Instant NOW = Instant.parse("2026-12-01T09:00:00Z");

	private static final Duration TTL = Duration.ofSeconds(60);

	private static final Availability ON_SHIFT = Availability.ALWAYS;

	@Test
	void anOnlineAgentWithFreshHeartbeatsOnShiftIsAtWork() {
		Departure atWork = new Departure(Presence.onlineSince(NOW.minusSeconds(10)), NOW.minusSeconds(3600), ON_SHIFT, null);

		assertThat(atWork.goneSince(NOW, TTL)).isNull();
	}

	@Test
	void aDeclaredAwayOrOfflineAgentIsGoneSinceTheyDeclaredIt() {
		Instant declared = NOW.minusSeconds(30);

		assertThat(new Departure(Presence.away(), declared, ON_SHIFT, null).goneSince(NOW, TTL)).isEqualTo(declared);
		assertThat(new Departure(Presence.offline(), declared, ON_SHIFT, null).goneSince(NOW, TTL)).isEqualTo(declared);
		assertThat(new Departure(Presence.offline(), null, ON_SHIFT, null).goneSince(NOW, TTL)).isEqualTo(Instant.EPOCH);
	}

	@Test
	void anAgentWhoseHeartbeatsStoppedIsGoneSinceTheTtlRanOut() {
		Instant lastBeat = NOW.minusSeconds(100);

		assertThat(new Departure(Presence.onlineSince(lastBeat), null, ON_SHIFT, null).goneSince(NOW, TTL))
			.isEqualTo(lastBeat.plus(TTL));
		assertThat(new Departure(Presence.onlineSince(NOW.minus(TTL)), null, ON_SHIFT, null).goneSince(NOW, TTL))
			.isNull();
	}

	@Test
	void anAgentWhoseShiftEndedIsGoneSinceItEndedEvenBeforeItsTimerWroteIt() {
		Instant ended = NOW.minusSeconds(20);
		Presence online = Presence.onlineSince(NOW);

		assertThat(new Departure(online, null, new Availability(false, null), ended).goneSince(NOW, TTL)).isEqualTo(ended);
		assertThat(new Departure(online, null, new Availability(true, ended), NOW.minusSeconds(3600)).goneSince(NOW, TTL))
			.isEqualTo(ended);
		assertThat(new Departure(online, null, new Availability(true, NOW.plusSeconds(1)), null).goneSince(NOW, TTL))
			.isNull();
	}

	@Test
	void anAgentIsAvailableOnlyActiveOnlineAndOnShift() {
		Presence online = Presence.onlineSince(NOW);

		assertThat(Departure.available(true, online, ON_SHIFT, NOW, TTL)).isTrue();
		assertThat(Departure.available(false, online, ON_SHIFT, NOW, TTL)).isFalse();
		assertThat(Departure.available(true, Presence.offline(), ON_SHIFT, NOW, TTL)).isFalse();
		assertThat(Departure.available(true, Presence.onlineSince(NOW.minusSeconds(61)), ON_SHIFT, NOW, TTL)).isFalse();
		assertThat(Departure.available(true, online, new Availability(false, null), NOW, TTL)).isFalse();
	}

	@Test
	void whicheverBeganFirstCounts() {
		Instant away = NOW.minusSeconds(50);
		Instant shiftEnded = NOW.minusSeconds(20);

		assertThat(new Departure(Presence.away(), away, new Availability(false, null), shiftEnded).goneSince(NOW, TTL))
			.isEqualTo(away);
		assertThat(new Departure(Presence.away(), shiftEnded, new Availability(false, null), away).goneSince(NOW, TTL))
			.isEqualTo(away);
	}
}
