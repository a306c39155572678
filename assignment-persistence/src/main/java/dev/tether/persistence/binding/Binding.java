package dev.tether.persistence.binding;

import java.time.Instant;

import dev.tether.core.binding.AssignmentMode;
import dev.tether.core.binding.BindingTarget;
import dev.tether.persistence.log.Assignee;
import dev.tether.persistence.log.ChangeSource;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/** Whom a contact belongs to, for as long as the binding stands. */
@Entity
@Table(name = "binding")
public class Binding {

	@Id
	private Long contactId;

	private Long orgId;

	private @Nullable Long agentId;

	private @Nullable Long teamId;

	@Enumerated(EnumType.STRING)
	private AssignmentMode mode;

	@Enumerated(EnumType.STRING)
	private ChangeSource source;

	private Instant since;

	protected Binding() {
	}

	Binding(Long contactId, Long orgId, BindingTarget target, AssignmentMode mode, ChangeSource source,
			Instant since) {
		this.contactId = contactId;
		this.orgId = orgId;
		rebind(target, mode, source, since);
	}

	void rebind(BindingTarget target, AssignmentMode mode, ChangeSource source, Instant since) {
		this.agentId = target.agent() == null ? null : target.agent().value();
		this.teamId = target.team() == null ? null : target.team().value();
		this.mode = mode;
		this.source = source;
		this.since = since;
	}

	public BindingTarget target() {
		return BindingTarget.ofIds(agentId, teamId);
	}

	public Assignee assignee() {
		return new Assignee(agentId, teamId);
	}

	public Long getContactId() {
		return contactId;
	}

	public @Nullable Long getAgentId() {
		return agentId;
	}

	public @Nullable Long getTeamId() {
		return teamId;
	}

	public AssignmentMode getMode() {
		return mode;
	}

	public Instant getSince() {
		return since;
	}
}
