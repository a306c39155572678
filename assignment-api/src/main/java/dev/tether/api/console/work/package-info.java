/** The work page: my status kept alive while it is open, my conversations and my teams' queues. */
@NullMarked
package dev.tether.api.console.work;

import org.jspecify.annotations.NullMarked;
