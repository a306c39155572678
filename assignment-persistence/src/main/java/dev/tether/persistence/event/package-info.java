/** Outbound events: what Tether announces to other systems. */
package dev.tether.persistence.event;
