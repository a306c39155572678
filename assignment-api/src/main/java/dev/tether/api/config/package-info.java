/** Tether's own deployment settings, bound once at start from the environment. */
@NullMarked
package dev.tether.api.config;

import org.jspecify.annotations.NullMarked;
