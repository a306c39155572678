package dev.tether.persistence.contact;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/** One stretch of talk with a contact, from its first message until someone closes it. */
@Entity
@Table(name = "conversation")
public class Conversation {

	/** Where a conversation stands. */
	public enum Status {
		UNASSIGNED, QUEUED, ASSIGNED, TIMED_OUT, CLOSED
	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long orgId;

	private Long channelId;

	private Long contactId;

	@Enumerated(EnumType.STRING)
	private Status status;

	private @Nullable Long agentId;

	private @Nullable Long teamId;

	private @Nullable Instant queuedSince;

	private Instant openedAt;

	private @Nullable Instant closedAt;

	protected Conversation() {
	}

	public Conversation(Contact contact, Instant openedAt) {
		this.orgId = contact.getOrgId();
		this.channelId = contact.getChannelId();
		this.contactId = contact.getId();
		this.status = Status.UNASSIGNED;
		this.openedAt = openedAt;
	}

	public void assignTo(long agent, @Nullable Long team) {
		this.status = Status.ASSIGNED;
		this.agentId = agent;
		this.teamId = team;
		this.queuedSince = null;
	}

	public void queueIn(long team, Instant since) {
		this.status = Status.QUEUED;
		this.agentId = null;
		this.teamId = team;
		this.queuedSince = since;
	}

	public Long getId() {
		return id;
	}

	public Long getOrgId() {
		return orgId;
	}

	public Long getChannelId() {
		return channelId;
	}

	public Long getContactId() {
		return contactId;
	}

	public Status getStatus() {
		return status;
	}

	public @Nullable Long getAgentId() {
		return agentId;
	}

	public @Nullable Long getTeamId() {
		return teamId;
	}

	public @Nullable Instant getQueuedSince() {
		return queuedSince;
	}

	public Instant getOpenedAt() {
		return openedAt;
	}
}
