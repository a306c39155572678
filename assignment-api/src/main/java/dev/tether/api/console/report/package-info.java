/** Data Insights in the console: assignments over a chosen period with a chart, and permanent bindings. */
@NullMarked
package dev.tether.api.console.report;

import org.jspecify.annotations.NullMarked;
