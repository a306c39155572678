/** Wall-clock time that the benchmark's processes (harness, wrk, paced sender) agree on. */
@NullMarked
package dev.tether.benchmark.clock;

import org.jspecify.annotations.NullMarked;
