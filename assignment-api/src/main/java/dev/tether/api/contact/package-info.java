/** Reading contacts, their bindings, conversations and the replies sent to them. */
package dev.tether.api.contact;
