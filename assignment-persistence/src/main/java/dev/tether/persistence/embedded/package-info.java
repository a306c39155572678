/** A real PostgreSQL started in-process when no database is configured. */
@NullMarked
package dev.tether.persistence.embedded;

import org.jspecify.annotations.NullMarked;
