package dev.tether.persistence.line;

import java.time.Duration;

/** How long after receipt a LINE reply token may still be used; LINE documents about a minute. */
public record ReplyTokenLifetime(Duration value) {
}
