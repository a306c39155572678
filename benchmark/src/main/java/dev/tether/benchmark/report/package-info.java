/** The run's results, printed and written as markdown to paste into docs/performance.md. */
@NullMarked
package dev.tether.benchmark.report;

import org.jspecify.annotations.NullMarked;
