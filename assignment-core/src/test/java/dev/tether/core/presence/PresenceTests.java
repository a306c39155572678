package dev.tether.core.presence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

class PresenceTests {

	private static final Duration TTL = Duration.ofSeconds(90);

	private final Clock clock = Clock.fixed(Instant.parse("2025-06-01T09:00:00Z"), ZoneOffset.UTC);

	@Test
	void agentWhoJustWentOnlineIsOnline() {
		Presence presence = Presence.onlineSince(clock.instant());

		assertThat(presence.effectiveAt(clock.instant(), TTL)).isEqualTo(PresenceStatus.ONLINE);
	}

	@Test
	void heartbeatExactlyAsOldAsTheTtlStillCountsAsOnline() {
		Presence presence = aHeartbeatAgo(TTL);

		assertThat(presence.effectiveAt(clock.instant(), TTL)).isEqualTo(PresenceStatus.ONLINE);
	}

	@Test
	void heartbeatJustPastTheTtlCountsAsOffline() {
		Presence presence = aHeartbeatAgo(TTL.plusNanos(1));

		assertThat(presence.effectiveAt(clock.instant(), TTL)).isEqualTo(PresenceStatus.OFFLINE);
	}

	@Test
	void awayStaysAwayWhateverTheHeartbeat() {
		Presence away = new Presence(PresenceStatus.AWAY, clock.instant().minus(Duration.ofDays(1)));

		assertThat(away.effectiveAt(clock.instant(), TTL)).isEqualTo(PresenceStatus.AWAY);
		assertThat(Presence.away().effectiveAt(clock.instant(), TTL)).isEqualTo(PresenceStatus.AWAY);
	}

	@Test
	void offlineStaysOfflineEvenWithAFreshHeartbeat() {
		Presence offline = new Presence(PresenceStatus.OFFLINE, clock.instant());

		assertThat(offline.effectiveAt(clock.instant(), TTL)).isEqualTo(PresenceStatus.OFFLINE);
		assertThat(Presence.offline().effectiveAt(clock.instant(), TTL)).isEqualTo(PresenceStatus.OFFLINE);
	}

	@Test
	void onlyAnEffectivelyOnlineAgentTakesNewWork() {
		assertThat(aHeartbeatAgo(TTL).takesNewWork(clock.instant(), TTL)).isTrue();
		assertThat(aHeartbeatAgo(TTL.plusNanos(1)).takesNewWork(clock.instant(), TTL)).isFalse();
		assertThat(Presence.away().takesNewWork(clock.instant(), TTL)).isFalse();
		assertThat(Presence.offline().takesNewWork(clock.instant(), TTL)).isFalse();
	}

	@Test
	void aStoredOnlineWithoutAnyHeartbeatIsOfflineAndOtherStoredPresencesAreTakenAsTheyAre() {
		assertThat(Presence.recorded(PresenceStatus.ONLINE, null).effectiveAt(clock.instant(), TTL))
			.isEqualTo(PresenceStatus.OFFLINE);
		assertThat(Presence.recorded(PresenceStatus.ONLINE, clock.instant()).effectiveAt(clock.instant(), TTL))
			.isEqualTo(PresenceStatus.ONLINE);
		assertThat(Presence.recorded(PresenceStatus.AWAY, null).effectiveAt(clock.instant(), TTL))
			.isEqualTo(PresenceStatus.AWAY);
	}

	@Test
	void theOldestHeartbeatThatCountsIsTheMomentTheTtlLooksBackTo() {
		Instant oldestCounted = clock.instant().minus(TTL);

		assertThat(new Presence(PresenceStatus.ONLINE, oldestCounted).effectiveWithHeartbeatsSince(oldestCounted))
			.isEqualTo(PresenceStatus.ONLINE);
		assertThat(new Presence(PresenceStatus.ONLINE, oldestCounted.minusMillis(1))
			.effectiveWithHeartbeatsSince(oldestCounted)).isEqualTo(PresenceStatus.OFFLINE);
	}

	@Test
	void goingOnlineWithoutAHeartbeatIsRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> new Presence(PresenceStatus.ONLINE, null));
	}

	@Test
	void aNegativeTtlIsRefused() {
		assertThatIllegalArgumentException()
				.isThrownBy(() -> Presence.onlineSince(clock.instant()).effectiveAt(clock.instant(), Duration.ofSeconds(-1)));
	}

	private Presence aHeartbeatAgo(Duration age) {
		return Presence.onlineSince(clock.instant().minus(age));
	}
}
