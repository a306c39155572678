/** Designated assignment as stored: issued binding codes, bindings, and binding a contact. */
@NullMarked
package dev.tether.persistence.binding;

import org.jspecify.annotations.NullMarked;
