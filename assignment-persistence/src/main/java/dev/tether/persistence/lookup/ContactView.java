package dev.tether.persistence.lookup;

import dev.tether.persistence.contact.Contact;
import dev.tether.persistence.contact.Conversation;

import dev.tether.persistence.binding.Binding;
import org.jspecify.annotations.Nullable;

/** A contact as the API shows it: with its binding and its live conversation. */
public record ContactView(Contact contact, @Nullable Binding binding, @Nullable Conversation conversation) {
}
