/** The org's assignment settings: mode, auto tags, default team. */
package dev.tether.api.console.settings;
