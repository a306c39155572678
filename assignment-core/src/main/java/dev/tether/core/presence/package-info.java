/** Presence: whether an agent is around to take new conversations, and how long a heartbeat vouches for them. */
@NullMarked
package dev.tether.core.presence;

import org.jspecify.annotations.NullMarked;
