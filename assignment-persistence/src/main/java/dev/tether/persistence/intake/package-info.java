/** What a contact's message does: the contact is known, bound if it sent a code, and its conversation open. */
package dev.tether.persistence.intake;
