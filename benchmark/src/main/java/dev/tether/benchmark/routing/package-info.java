/** Part (e): routing decisions per second for one team, of 10 and of 10,000 members, through the webhook. */
@NullMarked
package dev.tether.benchmark.routing;

import org.jspecify.annotations.NullMarked;
