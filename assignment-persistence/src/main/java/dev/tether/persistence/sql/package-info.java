/** What the set-based SQL of every feature shares: how values travel as arrays and instants. */
package dev.tether.persistence.sql;
