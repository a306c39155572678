/** LINE Official Accounts connected to an org, with their secrets. */
@NullMarked
package dev.tether.persistence.channel;

import org.jspecify.annotations.NullMarked;
