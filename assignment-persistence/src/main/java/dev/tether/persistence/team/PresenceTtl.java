package dev.tether.persistence.team;

import java.time.Duration;

/** How long an ONLINE agent stays online without a heartbeat ({@code TETHER_PRESENCE_TTL}). */
public record PresenceTtl(Duration value) {
}
