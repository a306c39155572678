/** What an agent's work page shows: the conversations they hold, and those waiting in their teams. */
package dev.tether.persistence.worklist;
