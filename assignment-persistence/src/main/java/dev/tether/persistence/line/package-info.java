/** LINE traffic as stored: received events and the outbox of replies. */
@NullMarked
package dev.tether.persistence.line;

import org.jspecify.annotations.NullMarked;
