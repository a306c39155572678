/** Data Insights: assignment and permanent-binding reports, each row visible by role. */
@NullMarked
package dev.tether.api.report;

import org.jspecify.annotations.NullMarked;
