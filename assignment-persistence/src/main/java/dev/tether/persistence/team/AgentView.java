package dev.tether.persistence.team;

import java.time.Instant;

import dev.tether.core.access.Role;
import dev.tether.core.binding.AutoTags;
import dev.tether.core.presence.Presence;
import dev.tether.core.presence.PresenceStatus;
import dev.tether.core.schedule.Availability;
import org.jspecify.annotations.Nullable;

/**
 * An agent as the org keeps them, read: who they are, their caps and tags, whether they still
 * work here, their declared presence with its last heartbeat, how many conversations they hold,
 * and their shift as last kept.
 */
public record AgentView(long id, long orgId, String email, String name, Role role, @Nullable String externalCode,
		@Nullable Integer maxOpenContacts, AutoTags autoTags, boolean active, PresenceStatus declaredPresence,
		@Nullable Instant lastHeartbeatAt, int openConversations, Availability hours) {

	public static AgentView of(Agent agent) {
		return new AgentView(agent.getId(), agent.getOrgId(), agent.getEmail(), agent.getName(), agent.getRole(),
				agent.getExternalCode(), agent.getMaxOpenContacts(), agent.getAutoTags(), agent.isActive(),
				agent.getPresence(), agent.getLastHeartbeatAt(), agent.getOpenConversations(), agent.hours());
	}

	/** The presence on record, as core reads it. */
	public Presence presenceRecord() {
		return Presence.recorded(declaredPresence, lastHeartbeatAt);
	}
}
