/** Read models for the API: contacts with their binding, conversation and replies. */
@NullMarked
package dev.tether.persistence.lookup;

import org.jspecify.annotations.NullMarked;
