/** Parts (b), (c) and (d): LINE webhooks through the built jar over real HTTP, from load generators in processes of their own. */
@NullMarked
package dev.tether.benchmark.webhook;

import org.jspecify.annotations.NullMarked;
