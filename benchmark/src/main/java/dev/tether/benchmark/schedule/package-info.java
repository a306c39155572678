/** Part (g): how soon after a schedule opens its queue is assigned. */
@NullMarked
package dev.tether.benchmark.schedule;

import org.jspecify.annotations.NullMarked;
