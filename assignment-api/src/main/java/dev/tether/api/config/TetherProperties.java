package dev.tether.api.config;

import java.nio.file.Path;
import java.time.Duration;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Tether's own settings.
 *
 * @param adminToken the platform admin token ({@code TETHER_ADMIN_TOKEN}); when unset, one is
 * generated once and kept in the data directory
 * @param dataDir where the embedded database and the generated admin token live
 * ({@code TETHER_DATA_DIR})
 * @param presenceTtl how long an ONLINE agent stays online without a heartbeat
 * ({@code TETHER_PRESENCE_TTL})
 * @param maxRequestSize the largest request body accepted ({@code TETHER_MAX_REQUEST_SIZE})
 */
@ConfigurationProperties("tether")
public record TetherProperties(@Nullable String adminToken, @DefaultValue("data") Path dataDir,
		@DefaultValue("60s") Duration presenceTtl, @DefaultValue("1MB") DataSize maxRequestSize) {
}
