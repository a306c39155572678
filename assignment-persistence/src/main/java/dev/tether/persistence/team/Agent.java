package dev.tether.persistence.team;

import java.time.Instant;
import java.util.List;

import dev.tether.core.access.Role;
import dev.tether.core.binding.AutoTags;
import dev.tether.core.presence.Presence;
import dev.tether.core.presence.PresenceStatus;
import dev.tether.core.schedule.Availability;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.DynamicUpdate;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;

/** A person who can own conversations. Deactivated agents keep their history but take no new work. */
@Entity
@DynamicUpdate
@Table(name = "agent")
public class Agent {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long orgId;

	private String email;

	private String name;

	@Enumerated(EnumType.STRING)
	private Role role;

	private @Nullable String externalCode;

	private @Nullable Integer maxOpenContacts;

	@JdbcTypeCode(SqlTypes.ARRAY)
	@Column(columnDefinition = "text[]")
	private String[] autoTags = new String[0];

	private boolean active = true;

	@Enumerated(EnumType.STRING)
	private PresenceStatus presence = PresenceStatus.OFFLINE;

	private @Nullable Instant lastHeartbeatAt;

	/** When the declared presence last changed: an agent who left has been gone since then. */
	private @Nullable Instant presenceChangedAt;

	/** Kept by the routing SQL, never written through the entity. */
	@Column(insertable = false, updatable = false)
	private int openConversations;

	/** Kept by the schedule's timer (Schedules), never written through the entity. */
	@Column(insertable = false, updatable = false)
	private boolean scheduleOpen = true;

	@Column(insertable = false, updatable = false)
	private @Nullable Instant scheduleChangesAt;

	private Instant createdAt;

	protected Agent() {
	}

	Agent(Long orgId, AgentDetails details, Instant createdAt) {
		this.orgId = orgId;
		this.createdAt = createdAt;
		this.role = Role.AGENT;
		apply(details);
	}

	/** Applies every field the details name; absent fields stay as they are. */
	void apply(AgentDetails details) {
		if (details.email() != null) {
			this.email = details.email().strip();
		}
		if (details.name() != null) {
			this.name = details.name().strip();
		}
		if (details.role() != null) {
			this.role = details.role();
		}
		if (details.externalCode() != null) {
			this.externalCode = details.externalCode().isBlank() ? null : details.externalCode().strip();
		}
		if (details.maxOpenContacts() != null) {
			this.maxOpenContacts = details.maxOpenContacts();
		}
		if (details.autoTags() != null) {
			this.autoTags = details.autoTags().tags().toArray(String[]::new);
		}
	}

	/** Sets the agent's own cap; unlike {@link #apply}, null here lifts it. */
	void limitOpenContacts(@Nullable Integer max) {
		this.maxOpenContacts = max;
	}

	void deactivate() {
		this.active = false;
	}

	/** Declaring ONLINE counts as a heartbeat: the agent is online from this moment. */
	void declare(PresenceStatus status, Instant at) {
		if (status != presence) {
			this.presenceChangedAt = at;
		}
		this.presence = status;
		if (status == PresenceStatus.ONLINE) {
			this.lastHeartbeatAt = at;
		}
	}

	void heartbeat(Instant at) {
		this.lastHeartbeatAt = at;
	}

	/**
	 * The presence on record, as core reads it.
	 */
	public Presence presenceRecord() {
		return Presence.recorded(presence, lastHeartbeatAt);
	}

	public int getOpenConversations() {
		return openConversations;
	}

	public Long getId() {
		return id;
	}

	public Long getOrgId() {
		return orgId;
	}

	public String getEmail() {
		return email;
	}

	public String getName() {
		return name;
	}

	public Role getRole() {
		return role;
	}

	public @Nullable String getExternalCode() {
		return externalCode;
	}

	public @Nullable Integer getMaxOpenContacts() {
		return maxOpenContacts;
	}

	public AutoTags getAutoTags() {
		return new AutoTags(List.of(autoTags));
	}

	public boolean isActive() {
		return active;
	}

	public PresenceStatus getPresence() {
		return presence;
	}

	/** What the schedule says as last kept: open or not, until when. */
	public Availability hours() {
		return new Availability(scheduleOpen, scheduleChangesAt);
	}

	public @Nullable Instant getLastHeartbeatAt() {
		return lastHeartbeatAt;
	}
}
