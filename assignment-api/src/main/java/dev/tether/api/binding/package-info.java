/** Designated assignment over the API: binding codes, their links and QR codes. */
@NullMarked
package dev.tether.api.binding;

import org.jspecify.annotations.NullMarked;
