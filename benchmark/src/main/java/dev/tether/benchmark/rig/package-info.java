/** What every HTTP part of the benchmark shares: the load generator, the LINE stub, the CPU meter and a place for files. */
@NullMarked
package dev.tether.benchmark.rig;

import org.jspecify.annotations.NullMarked;
