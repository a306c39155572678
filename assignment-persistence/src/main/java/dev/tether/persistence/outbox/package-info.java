/** Running an outbox's delivery rounds: what replies to LINE and outbound events have in common. */
@NullMarked
package dev.tether.persistence.outbox;

import org.jspecify.annotations.NullMarked;
