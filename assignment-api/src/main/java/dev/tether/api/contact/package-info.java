/** Reading contacts, their bindings, conversations and the replies sent to them. */
@NullMarked
package dev.tether.api.contact;

import org.jspecify.annotations.NullMarked;
