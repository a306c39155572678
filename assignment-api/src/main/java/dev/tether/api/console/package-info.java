/** The web console: pages people use every day, served by the app itself under {@code /console}. */
@NullMarked
package dev.tether.api.console;

import org.jspecify.annotations.NullMarked;
