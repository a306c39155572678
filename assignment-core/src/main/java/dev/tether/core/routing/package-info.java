/** Automatic routing: which team member, if any, gets a new conversation under the team's rule. */
@NullMarked
package dev.tether.core.routing;

import org.jspecify.annotations.NullMarked;
