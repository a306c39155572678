/**
 * Teams' and agents' schedules: kept as written, with what they say now, and the timer that turns
 * each boundary into routing.
 */
@NullMarked
package dev.tether.persistence.schedule;

import org.jspecify.annotations.NullMarked;
