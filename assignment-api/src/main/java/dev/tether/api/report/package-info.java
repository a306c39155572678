/** Data Insights: assignment and permanent-binding reports, each row visible by role. */
package dev.tether.api.report;
