/** Reports over assignments, each answered by one set-based query. */
@NullMarked
package dev.tether.persistence.report;

import org.jspecify.annotations.NullMarked;
