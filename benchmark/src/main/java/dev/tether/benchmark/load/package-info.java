/** The load generators, each in a process of its own: wrk for a fixed number of connections, the paced sender for a fixed rate. */
@NullMarked
package dev.tether.benchmark.load;

import org.jspecify.annotations.NullMarked;
