package dev.tether.persistence.team;

import dev.tether.core.access.Role;
import dev.tether.core.binding.AutoTags;
import org.jspecify.annotations.Nullable;

/** The editable facts about an agent; a null field means "not given". */
public record AgentDetails(@Nullable String email, @Nullable String name, @Nullable Role role,
		@Nullable String externalCode, @Nullable Integer maxOpenContacts, @Nullable AutoTags autoTags) {
}
