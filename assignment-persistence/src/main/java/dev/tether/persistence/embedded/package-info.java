/** A real PostgreSQL started in-process when no database is configured. */
package dev.tether.persistence.embedded;
