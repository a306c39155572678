/** The org's assignment settings: mode, auto tags, default team. */
@NullMarked
package dev.tether.api.console.settings;

import org.jspecify.annotations.NullMarked;
