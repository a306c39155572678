/** Signing: the one HMAC that binding codes and outbound events are signed with. */
@NullMarked
package dev.tether.core.signing;

import org.jspecify.annotations.NullMarked;
