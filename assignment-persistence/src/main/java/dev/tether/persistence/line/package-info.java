/** LINE traffic as stored: received events and the outbox of replies. */
package dev.tether.persistence.line;
