/** The Assignment API's use cases: assignments decided by external systems. */
@NullMarked
package dev.tether.persistence.assignment;

import org.jspecify.annotations.NullMarked;
