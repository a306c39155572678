/** Data Insights in the console: assignments over a chosen period with a chart, and permanent bindings. */
package dev.tether.api.console.report;
