package dev.tether.persistence.event;

import java.time.Duration;

/** How long Tether keeps retrying a delivery before it gives up ({@code tether.events.retry-for}). */
public record EventRetryPeriod(Duration value) {
}
