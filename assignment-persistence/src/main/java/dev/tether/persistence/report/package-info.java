/** Reports over assignments, each answered by one set-based query. */
package dev.tether.persistence.report;
