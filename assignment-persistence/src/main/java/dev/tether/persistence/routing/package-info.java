/** Where a conversation goes: to its contact's binding, a team queue, or nobody yet. */
package dev.tether.persistence.routing;
