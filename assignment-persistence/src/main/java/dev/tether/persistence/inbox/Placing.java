package dev.tether.persistence.inbox;

import dev.tether.core.routing.Placement;
import dev.tether.persistence.inbox.Situations.ContactRow;
import dev.tether.persistence.inbox.Situations.LiveRow;
import dev.tether.persistence.log.ChangeSource;
import org.jspecify.annotations.Nullable;

/**
 * One conversation to place: the contact's live one ({@code live}), or a new one when there is
 * none, with where it goes, who is behind the change, and the message that asked for it.
 */
record Placing(ContactRow contact, @Nullable LiveRow live, Placement placement, ChangeSource source, String actor,
		ClaimedEvent event) {
}
