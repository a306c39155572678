package dev.tether.api.event;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How outbound events are delivered.
 *
 * @param retryFor how long a failing delivery is retried before it is given up
 * @param timeout how long one attempt may take
 * @param pollInterval how often each instance looks for deliveries due for (another) attempt
 */
@ConfigurationProperties("tether.events")
public record EventsProperties(@DefaultValue("72h") Duration retryFor, @DefaultValue("5s") Duration timeout,
		@DefaultValue("1s") Duration pollInterval) {
}
