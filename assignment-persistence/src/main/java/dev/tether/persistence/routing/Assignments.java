package dev.tether.persistence.routing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;

import dev.tether.core.routing.MoveReason;
import dev.tether.core.routing.UnansweredRule;
import dev.tether.persistence.contact.Conversation;
import dev.tether.persistence.event.EventData.QueueTimedOut;
import dev.tether.persistence.event.EventRecorder;
import dev.tether.persistence.log.Assignee;
import dev.tether.persistence.log.AssignmentChange;
import dev.tether.persistence.log.AssignmentLogEntry;
import dev.tether.persistence.log.AssignmentRecorder;
import dev.tether.persistence.log.ChangeSource;
import dev.tether.persistence.team.Agents;
import dev.tether.persistence.team.TeamMembers;
import dev.tether.persistence.team.TeamsMayTakeWork;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one place that changes who holds a conversation. It keeps each agent's live load (and its
 * copies on memberships) equal to the conversations they hold, writes the assignment log, and
 * announces freed capacity. Callers hold the contact's row lock.
 */
@Component
public class Assignments {

	/** A team cap that limits nothing: only the agent's own cap applies. */
	public static final int NO_TEAM_CAP = Integer.MAX_VALUE;

	private static final int MAX_PICKS = 5;

	private final Agents agents;

	private final TeamMembers members;

	private final AssignmentRecorder recorder;

	private final EventRecorder events;

	private final ApplicationEventPublisher publisher;

	Assignments(Agents agents, TeamMembers members, AssignmentRecorder recorder, EventRecorder events,
			ApplicationEventPublisher publisher) {
		this.agents = agents;
		this.members = members;
		this.recorder = recorder;
		this.events = events;
		this.publisher = publisher;
	}

	/**
	 * Gives the conversation to the agent if they are active and below {@code teamCap} and their
	 * own cap; answers false, changing nothing, when they are not.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public boolean assign(Conversation conversation, long agentId, @Nullable Long teamId, int teamCap,
			ChangeSource source, String actor, Instant at) {
		boolean sameAgent = holds(conversation, agentId);
		if (!sameAgent && !takeSlot(agentId, teamCap)) {
			return false;
		}
		assignTaken(conversation, agentId, teamId, source, actor, at, null, sameAgent);
		return true;
	}

	/**
	 * Gives the conversation to the agent the contact is bound to, whatever their load: a bound
	 * contact belongs to its agent. Capacity limits what routing hands out, not bindings.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void assignBound(Conversation conversation, long agentId, @Nullable Long teamId, ChangeSource source,
			String actor, Instant at) {
		boolean sameAgent = holds(conversation, agentId);
		if (!sameAgent) {
			agents.adjustLoad(agentId, 1);
			members.adjustLoad(agentId, 1);
		}
		assignTaken(conversation, agentId, teamId, source, actor, at, null, sameAgent);
	}

	private static boolean holds(Conversation conversation, long agentId) {
		return conversation.getStatus() == Conversation.Status.ASSIGNED
				&& Long.valueOf(agentId).equals(conversation.getAgentId());
	}

	/**
	 * For a slot the caller took already, under the team's or the org's lock; {@code reason} says
	 * why, when a rule moved the conversation on its own.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void assignTaken(Conversation conversation, long agentId, @Nullable Long teamId, ChangeSource source, String actor,
			Instant at, @Nullable MoveReason reason) {
		assignTaken(conversation, agentId, teamId, source, actor, at, reason, false);
	}

	private void assignTaken(Conversation conversation, long agentId, @Nullable Long teamId, ChangeSource source,
			String actor, Instant at, @Nullable MoveReason reason, boolean sameAgent) {
		Assignee before = holder(conversation);
		if (!sameAgent) {
			releaseLoad(conversation);
		}
		conversation.assignTo(agentId, teamId, at);
		record(conversation, before, source, actor, at, reason);
	}

	/**
	 * For a slot the team's routing took: the conversation keeps its place in the team, and the
	 * team's time to answer starts (unless it moved on unanswered before).
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void assignRouted(Conversation conversation, long agentId, long teamId, UnansweredRule unanswered,
			ChangeSource source, String actor, Instant at, @Nullable MoveReason reason) {
		Assignee before = holder(conversation);
		releaseLoad(conversation);
		conversation.routeTo(agentId, teamId, at, unanswered.answerDue(at, conversation.isTransferred()));
		record(conversation, before, source, actor, at, reason);
	}

	/**
	 * A rule takes the conversation back from its holder to the front of its team's queue: it waits
	 * from when it first entered the team, and for the team's whole timeout from now.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void requeue(Conversation conversation, long teamId, Instant deadline, MoveReason reason, Instant at) {
		Instant entered = conversation.getInTeamSince();
		enqueue(conversation, teamId, entered == null ? at : entered, deadline, ChangeSource.RULE, "rule", at, reason);
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public void queue(Conversation conversation, long teamId, Instant deadline, ChangeSource source, String actor,
			Instant at, @Nullable MoveReason reason) {
		enqueue(conversation, teamId, at, deadline, source, actor, at, reason);
	}

	private void enqueue(Conversation conversation, long teamId, Instant since, Instant deadline, ChangeSource source,
			String actor, Instant at, @Nullable MoveReason reason) {
		Assignee before = holder(conversation);
		releaseLoad(conversation);
		conversation.queueIn(teamId, since, deadline);
		record(conversation, before, source, actor, at, reason);
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public void release(Conversation conversation, ChangeSource source, String actor, Instant at) {
		Assignee before = holder(conversation);
		releaseLoad(conversation);
		conversation.release();
		record(conversation, before, source, actor, at, null);
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public void close(Conversation conversation, String actor, Instant at) {
		Assignee before = holder(conversation);
		releaseLoad(conversation);
		conversation.close(at);
		recorder.record(conversation.getOrgId(), conversation.getContactId(), conversation.getId(),
				AssignmentLogEntry.Kind.ASSIGNEE, before, Assignee.NOBODY, ChangeSource.MANUAL, actor, at);
	}

	/** The queue's time ran out: recorded, and announced as {@code queue.timed_out}. */
	@Transactional(propagation = Propagation.MANDATORY)
	public void timeOut(Conversation conversation, Instant at) {
		Assignee before = holder(conversation);
		Instant queuedSince = conversation.getQueuedSince();
		conversation.timeOut();
		recorder.record(conversation.getOrgId(), conversation.getContactId(), conversation.getId(),
				AssignmentLogEntry.Kind.ASSIGNEE, before, Assignee.NOBODY, ChangeSource.TIMEOUT, "queue", at);
		events.record(conversation.getOrgId(),
				new QueueTimedOut(conversation.getId().toString(), conversation.getContactId().toString(),
						conversation.getTeamId() == null ? null : conversation.getTeamId().toString(), queuedSince));
	}

	/**
	 * Takes a slot of the first agent {@code pick} names that still has room. An agent can fill up
	 * through another team between pick and take; they are excluded and the next one picked.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	@Nullable
	Long takeFirstWithRoom(Function<Collection<Long>, @Nullable Long> pick, int teamCap) {
		List<Long> full = new ArrayList<>();
		for (int attempt = 0; attempt < MAX_PICKS; attempt++) {
			Long agent = pick.apply(full);
			if (agent == null) {
				return null;
			}
			if (takeSlot(agent, teamCap)) {
				return agent;
			}
			full.add(agent);
		}
		return null;
	}

	/** Takes a slot of the agent's capacity; the agent row's lock serialises competing takers. */
	@Transactional(propagation = Propagation.MANDATORY)
	boolean takeSlot(long agentId, int teamCap) {
		if (agents.takeSlot(agentId, teamCap) == 0) {
			return false;
		}
		members.adjustLoad(agentId, 1);
		return true;
	}

	private void releaseLoad(Conversation conversation) {
		if (conversation.getStatus() == Conversation.Status.ASSIGNED && conversation.getAgentId() != null) {
			long agentId = conversation.getAgentId();
			agents.adjustLoad(agentId, -1);
			members.adjustLoad(agentId, -1);
			publisher.publishEvent(new TeamsMayTakeWork(members.teamIdsOf(agentId)));
		}
	}

	private void record(Conversation conversation, Assignee before, ChangeSource source, String actor, Instant at,
			@Nullable MoveReason reason) {
		recorder.recordAll(List.of(new AssignmentChange(conversation.getOrgId(), conversation.getContactId(),
				conversation.getId(), AssignmentLogEntry.Kind.ASSIGNEE, before, holder(conversation), source, actor, at,
				reason)));
	}

	private static Assignee holder(Conversation conversation) {
		return new Assignee(conversation.getAgentId(), conversation.getTeamId());
	}
}
