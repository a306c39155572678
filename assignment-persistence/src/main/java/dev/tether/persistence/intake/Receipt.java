package dev.tether.persistence.intake;

import dev.tether.persistence.binding.BindAttempt;
import dev.tether.persistence.contact.Contact;
import dev.tether.persistence.contact.Conversation;
import org.jspecify.annotations.Nullable;

/** A received message's effect: its contact, its live conversation, and the binding attempt it made, if any. */
public record Receipt(Contact contact, Conversation conversation, @Nullable BindAttempt attempt) {
}
