/** Running an outbox's delivery rounds: what replies to LINE and outbound events have in common. */
package dev.tether.persistence.outbox;
