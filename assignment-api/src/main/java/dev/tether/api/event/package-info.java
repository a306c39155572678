/** Reading the outbound events Tether has recorded. */
@NullMarked
package dev.tether.api.event;

import org.jspecify.annotations.NullMarked;
