/** Contacts, their bindings' targets and their conversations. */
@NullMarked
package dev.tether.persistence.contact;

import org.jspecify.annotations.NullMarked;
