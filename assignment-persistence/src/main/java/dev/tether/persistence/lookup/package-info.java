/** Read models for the API: contacts with their binding, conversation and replies. */
package dev.tether.persistence.lookup;
