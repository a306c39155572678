/** What an agent's work page shows: the conversations they hold, and those waiting in their teams. */
@NullMarked
package dev.tether.persistence.worklist;

import org.jspecify.annotations.NullMarked;
