/** Outbound events: what Tether announces to other systems, and their delivery to subscribers. */
package dev.tether.persistence.event;
