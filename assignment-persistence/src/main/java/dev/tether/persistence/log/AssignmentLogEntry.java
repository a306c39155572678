package dev.tether.persistence.log;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/** One change of a contact's binding or of a conversation's assignee. */
@Entity
@Table(name = "assignment_log")
public class AssignmentLogEntry {

	/** Which of the two things changed. */
	public enum Kind {
		BINDING, ASSIGNEE
	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long orgId;

	private Long contactId;

	private @Nullable Long conversationId;

	@Enumerated(EnumType.STRING)
	private Kind kind;

	private @Nullable Long fromAgentId;

	private @Nullable Long fromTeamId;

	private @Nullable Long toAgentId;

	private @Nullable Long toTeamId;

	@Enumerated(EnumType.STRING)
	private ChangeSource source;

	private String actor;

	private Instant occurredAt;

	protected AssignmentLogEntry() {
	}

	AssignmentLogEntry(Long orgId, Long contactId, @Nullable Long conversationId, Kind kind, Assignee from,
			Assignee to, ChangeSource source, String actor, Instant occurredAt) {
		this.orgId = orgId;
		this.contactId = contactId;
		this.conversationId = conversationId;
		this.kind = kind;
		this.fromAgentId = from.agentId();
		this.fromTeamId = from.teamId();
		this.toAgentId = to.agentId();
		this.toTeamId = to.teamId();
		this.source = source;
		this.actor = actor;
		this.occurredAt = occurredAt;
	}

	public Long getId() {
		return id;
	}

	public Long getContactId() {
		return contactId;
	}

	public @Nullable Long getConversationId() {
		return conversationId;
	}

	public Kind getKind() {
		return kind;
	}

	public Assignee getFrom() {
		return new Assignee(fromAgentId, fromTeamId);
	}

	public Assignee getTo() {
		return new Assignee(toAgentId, toTeamId);
	}

	public ChangeSource getSource() {
		return source;
	}

	public String getActor() {
		return actor;
	}

	public Instant getOccurredAt() {
		return occurredAt;
	}
}
