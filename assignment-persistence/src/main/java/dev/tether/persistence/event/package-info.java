/** Outbound events: what Tether announces to other systems, and their delivery to subscribers. */
@NullMarked
package dev.tether.persistence.event;

import org.jspecify.annotations.NullMarked;
