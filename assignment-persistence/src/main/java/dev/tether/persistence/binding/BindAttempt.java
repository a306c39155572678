package dev.tether.persistence.binding;

import dev.tether.core.binding.BindOutcome;
import org.jspecify.annotations.Nullable;

/**
 * How a contact's binding attempt ended, with the name the reply must give: the new target's on
 * success, the current one's on conflict, none when the code was invalid.
 */
public record BindAttempt(BindOutcome outcome, @Nullable String name) {
}
