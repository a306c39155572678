/** Where a conversation goes: to its contact's binding, a team queue, or nobody yet. */
@NullMarked
package dev.tether.persistence.routing;

import org.jspecify.annotations.NullMarked;
