/** Bulk sync of agents and teams: a whole file is judged first, then applied in one transaction or not at all. */
@NullMarked
package dev.tether.persistence.sync;

import org.jspecify.annotations.NullMarked;
