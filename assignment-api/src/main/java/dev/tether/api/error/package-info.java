/** Every failure as an RFC 9457 problem with a stable code, mapped in one place. */
@NullMarked
package dev.tether.api.error;

import org.jspecify.annotations.NullMarked;
