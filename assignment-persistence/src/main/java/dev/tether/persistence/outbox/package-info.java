/** The one outbox mechanism replies to LINE and outbound events share: the table rules, what an attempt came to, the delivery rounds. */
@NullMarked
package dev.tether.persistence.outbox;

import org.jspecify.annotations.NullMarked;
