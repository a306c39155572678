package dev.tether.api.console.security;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The console's settings.
 *
 * @param signInMaxFailures failed sign-ins in a row after which an email is locked out
 * ({@code TETHER_CONSOLE_SIGN_IN_MAX_FAILURES})
 * @param signInLockout how long such an email stays locked out ({@code TETHER_CONSOLE_SIGN_IN_LOCKOUT})
 * @param refreshInterval how often an open work page fetches its lists again
 */
@ConfigurationProperties("tether.console")
public record ConsoleProperties(@DefaultValue("5") int signInMaxFailures, @DefaultValue("15m") Duration signInLockout,
		@DefaultValue("2s") Duration refreshInterval) {
}
