/** The web console: pages people use every day, served by the app itself under {@code /console}. */
package dev.tether.api.console;
