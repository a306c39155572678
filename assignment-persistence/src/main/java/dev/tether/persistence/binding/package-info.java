/** Designated assignment as stored: issued binding codes, bindings, and binding a contact. */
package dev.tether.persistence.binding;
