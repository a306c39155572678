/** Team and user sync: CSV import, export and templates for agents and teams. */
@NullMarked
package dev.tether.api.sync;

import org.jspecify.annotations.NullMarked;
