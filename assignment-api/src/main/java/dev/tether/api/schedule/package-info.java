/** Teams' opening hours and agents' shifts over HTTP, and what they say about an instant. */
@NullMarked
package dev.tether.api.schedule;

import org.jspecify.annotations.NullMarked;
