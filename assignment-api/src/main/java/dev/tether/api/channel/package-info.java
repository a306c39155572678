/** Connecting LINE Official Accounts. */
@NullMarked
package dev.tether.api.channel;

import org.jspecify.annotations.NullMarked;
