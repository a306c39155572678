/**
 * Shifts and opening hours: when a team or an agent takes new work, as weekly intervals in a time
 * zone with date overrides, and when that next changes.
 */
@NullMarked
package dev.tether.core.schedule;

import org.jspecify.annotations.NullMarked;
