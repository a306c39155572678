package dev.tether.persistence.contact;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.DynamicUpdate;
import org.jspecify.annotations.Nullable;

/** One stretch of talk with a contact, from its first message until someone closes it. */
@Entity
@DynamicUpdate
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

	private @Nullable Instant queueDeadline;

	private @Nullable Instant firstRepliedAt;

	private @Nullable Instant assignedAt;

	private @Nullable Long queueWaitMs;

	/** Whether the holder got it from its team's routing: only those are requeued or moved on unanswered. */
	private boolean routed;

	/** When it entered its team, the place in the queue it goes back to. */
	private @Nullable Instant inTeamSince;

	/** When the routed holder must have answered by, or the conversation moves on. */
	private @Nullable Instant answerDueAt;

	/** Moved on once for want of an answer; it is not timed again. */
	private boolean transferred;

	/** Who it was taken from for not answering; routing does not hand it back to them. */
	private @Nullable Long passedOverAgentId;

	protected Conversation() {
	}

	public Conversation(Contact contact, Instant openedAt) {
		this.orgId = contact.getOrgId();
		this.channelId = contact.getChannelId();
		this.contactId = contact.getId();
		this.status = Status.UNASSIGNED;
		this.openedAt = openedAt;
	}

	/** A conversation taken from a queue remembers how long it waited there. */
	public void assignTo(long agent, @Nullable Long team, Instant at) {
		take(agent, team, at);
		this.routed = false;
		this.inTeamSince = null;
		this.answerDueAt = null;
	}

	/**
	 * The team's routing gave it to {@code agent}: it keeps its place in the team for a requeue, and
	 * {@code answerDue} is when the agent must have answered by ({@code null}: no limit).
	 */
	public void routeTo(long agent, long team, Instant at, @Nullable Instant answerDue) {
		Instant entered = status == Status.QUEUED && queuedSince != null ? queuedSince : at;
		take(agent, team, at);
		this.routed = true;
		this.inTeamSince = entered;
		this.answerDueAt = answerDue;
	}

	/**
	 * The conversation moves on from its holder for want of an answer, once: wherever it goes next,
	 * it is not timed again, and routing does not hand it back to them.
	 */
	public void markTransferred() {
		this.transferred = true;
		this.answerDueAt = null;
		this.passedOverAgentId = agentId;
	}

	private void take(long agent, @Nullable Long team, Instant at) {
		requireLive();
		if (agentId == null || agentId != agent) {
			this.firstRepliedAt = null;
		}
		this.queueWaitMs = status == Status.QUEUED && queuedSince != null
				? Math.max(0, at.toEpochMilli() - queuedSince.toEpochMilli()) : null;
		this.status = Status.ASSIGNED;
		this.agentId = agent;
		this.teamId = team;
		this.queuedSince = null;
		this.queueDeadline = null;
		this.assignedAt = at;
	}

	public void queueIn(long team, Instant since, Instant deadline) {
		requireLive();
		this.firstRepliedAt = null;
		this.routed = false;
		this.inTeamSince = since;
		this.answerDueAt = null;
		this.status = Status.QUEUED;
		this.agentId = null;
		this.teamId = team;
		this.queuedSince = since;
		this.queueDeadline = deadline;
	}

	/** Nobody holds it now; it stays open and visible as unassigned. */
	public void release() {
		requireLive();
		this.firstRepliedAt = null;
		this.routed = false;
		this.answerDueAt = null;
		this.status = Status.UNASSIGNED;
		this.agentId = null;
		this.queuedSince = null;
		this.queueDeadline = null;
	}

	/** Left the queue unassigned when its time there ran out. */
	public void timeOut() {
		requireLive();
		this.status = Status.TIMED_OUT;
		this.agentId = null;
		this.answerDueAt = null;
		this.queueDeadline = null;
	}

	public void close(Instant at) {
		requireLive();
		this.status = Status.CLOSED;
		this.closedAt = at;
		this.answerDueAt = null;
		this.queueDeadline = null;
	}

	/**
	 * Records the holder's first reply; later ones change nothing. Answers when the first one was,
	 * to the microsecond PostgreSQL keeps, so every answer names the same instant.
	 */
	public Instant replied(Instant at) {
		if (firstRepliedAt == null) {
			firstRepliedAt = at.truncatedTo(ChronoUnit.MICROS);
		}
		answerDueAt = null;
		return firstRepliedAt;
	}

	public boolean isLive() {
		return status != Status.CLOSED;
	}

	private void requireLive() {
		if (!isLive()) {
			throw new IllegalStateException("conversation " + id + " is closed");
		}
	}

	public boolean isRouted() {
		return routed;
	}

	public @Nullable Instant getInTeamSince() {
		return inTeamSince;
	}

	public @Nullable Long getPassedOverAgentId() {
		return passedOverAgentId;
	}

	public boolean isTransferred() {
		return transferred;
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

	public @Nullable Instant getClosedAt() {
		return closedAt;
	}

	public @Nullable Instant getFirstRepliedAt() {
		return firstRepliedAt;
	}

	public @Nullable Instant getAssignedAt() {
		return assignedAt;
	}

	public @Nullable Long getQueueWaitMs() {
		return queueWaitMs;
	}
}
