/** Contacts: the LINE users who talk to a brand. */
@NullMarked
package dev.tether.core.contact;

import org.jspecify.annotations.NullMarked;
