/** What the set-based SQL of every feature shares: how values travel as arrays and instants. */
@NullMarked
package dev.tether.persistence.sql;

import org.jspecify.annotations.NullMarked;
