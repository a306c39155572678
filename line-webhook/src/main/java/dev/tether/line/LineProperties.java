package dev.tether.line;

import java.net.URI;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How Tether talks to LINE.
 *
 * @param apiBaseUrl the Messaging API's base URL ({@code TETHER_LINE_API_BASE_URL})
 * @param replyTokenLifetime how long a reply token stays usable after its event arrived
 * @param replyTimeout how long one reply attempt may take before it counts as failed
 * @param replyPollInterval how often each instance looks for replies due for (another) attempt
 * @param repliesInFlight how many replies one channel may have on their way to LINE at once
 */
@ConfigurationProperties("tether.line")
public record LineProperties(@DefaultValue("https://api.line.me") URI apiBaseUrl,
		@DefaultValue("60s") Duration replyTokenLifetime, @DefaultValue("5s") Duration replyTimeout,
		@DefaultValue("1s") Duration replyPollInterval, @DefaultValue("64") int repliesInFlight) {
}
