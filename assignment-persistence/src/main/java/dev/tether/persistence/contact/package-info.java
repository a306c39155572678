/** Contacts, their bindings' targets and their conversations. */
package dev.tether.persistence.contact;
