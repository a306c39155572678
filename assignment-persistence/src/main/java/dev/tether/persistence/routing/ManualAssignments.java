package dev.tether.persistence.routing;

import java.time.Clock;
import java.time.Instant;

import dev.tether.core.Refusal;
import dev.tether.core.routing.RoutingDecision;
import dev.tether.core.team.AgentId;
import dev.tether.core.team.TeamReference;
import dev.tether.persistence.contact.Contacts;
import dev.tether.persistence.contact.Conversation;
import dev.tether.persistence.contact.ConversationView;
import dev.tether.persistence.contact.Conversations;
import dev.tether.persistence.log.ChangeSource;
import dev.tether.persistence.team.Agent;
import dev.tether.persistence.team.AgentService;
import dev.tether.persistence.team.TeamMembers;
import dev.tether.persistence.team.TargetFitness;
import dev.tether.persistence.team.TeamService;
import dev.tether.persistence.team.TeamView;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What people do by hand: assign a conversation to an agent or a team, unassign it, close it.
 * Each runs under the contact's row lock, like everything else that touches a conversation.
 */
@Service
public class ManualAssignments {

	private final Conversations conversations;

	private final Contacts contacts;

	private final AgentService agents;

	private final TeamService teams;

	private final TargetFitness fitness;

	private final TeamMembers members;

	private final Assignments assignments;

	private final TeamRouting routing;

	private final HandRules rules;

	private final Clock clock;

	ManualAssignments(Conversations conversations, Contacts contacts, AgentService agents, TeamService teams,
			TargetFitness fitness, TeamMembers members, Assignments assignments, TeamRouting routing,
			HandRules rules, Clock clock) {
		this.conversations = conversations;
		this.contacts = contacts;
		this.agents = agents;
		this.teams = teams;
		this.fitness = fitness;
		this.members = members;
		this.assignments = assignments;
		this.routing = routing;
		this.rules = rules;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public ConversationView get(long orgId, long conversationId) {
		return conversations.findById(conversationId)
			.filter(conversation -> conversation.getOrgId() == orgId)
			.map(ConversationView::of)
			.orElseThrow(() -> notFound(conversationId));
	}

	/**
	 * To an agent directly (within {@code teamId} when given, under that team's cap), or to a team
	 * whose strategy picks a member or queues the conversation.
	 */
	@Transactional
	public RoutingDecision assign(long orgId, long conversationId, @Nullable Long agentId, @Nullable Long teamId,
			Operator operator) {
		if (agentId == null && teamId == null) {
			throw Refusal.invalidInput("VALIDATION_FAILED", "agentId or teamId is required");
		}
		Conversation conversation = lock(orgId, conversationId);
		rules.checkAssign(operator, conversation, agentId, teamId);
		requireLive(conversation);
		String actor = operator.actor();
		Instant now = clock.instant();
		TeamView team = teamId != null ? teams.get(orgId, teamId) : currentTeamOf(conversation, agentId);
		if (agentId == null) {
			RoutingDecision decision = routing.route(conversation, team.id(), TeamRule.of(team), ChangeSource.MANUAL,
					actor, now);
			if (decision instanceof RoutingDecision.Rejected) {
				throw Refusal.unprocessable("TEAM_EMPTY", "Team " + teamId + " has no active members");
			}
			return decision;
		}
		fitness.require(agents.get(orgId, agentId), teamId == null ? null : team);
		int teamCap = team == null || team.maxOpenContacts() == null ? Assignments.NO_TEAM_CAP
				: team.maxOpenContacts();
		if (!assignments.assign(conversation, agentId, team == null ? null : team.id(), teamCap, ChangeSource.MANUAL,
				actor, now)) {
			throw Refusal.conflict("AGENT_AT_CAPACITY", "Agent " + agentId + " holds as many conversations as allowed");
		}
		return new RoutingDecision.Assigned(new AgentId(agentId));
	}

	@Transactional
	public ConversationView unassign(long orgId, long conversationId, Operator operator) {
		Conversation conversation = lockForRelease(orgId, conversationId, operator);
		assignments.release(conversation, ChangeSource.MANUAL, operator.actor(), clock.instant());
		return ConversationView.of(conversation);
	}

	@Transactional
	public ConversationView close(long orgId, long conversationId, Operator operator) {
		Conversation conversation = lockForRelease(orgId, conversationId, operator);
		assignments.close(conversation, operator.actor(), clock.instant());
		return ConversationView.of(conversation);
	}

	/**
	 * Records that the holder answered: the first time counts, and saying it again answers the same
	 * instant. Only a conversation someone holds can be answered.
	 */
	@Transactional
	public Instant replied(long orgId, long conversationId, Operator operator) {
		Conversation conversation = lock(orgId, conversationId);
		if (conversation.getStatus() != Conversation.Status.ASSIGNED) {
			throw Refusal.conflict("CONVERSATION_NOT_ASSIGNED",
					"Conversation " + conversationId + " is " + conversation.getStatus() + "; nobody holds it to answer");
		}
		rules.checkReply(operator, conversation);
		return conversation.replied(clock.instant());
	}

	/**
	 * A conversation given to a member of the team it is in stays in that team, under its cap;
	 * given to someone outside the team, it leaves the team.
	 */
	private @Nullable TeamView currentTeamOf(Conversation conversation, @Nullable Long agentId) {
		Long current = conversation.getTeamId();
		if (agentId == null || current == null || !members.existsByTeamIdAndAgentId(current, agentId)) {
			return null;
		}
		return teams.find(conversation.getOrgId(), new TeamReference(TeamReference.Key.ID, current.toString()));
	}

	private Conversation lockForRelease(long orgId, long conversationId, Operator operator) {
		Conversation conversation = lock(orgId, conversationId);
		rules.checkRelease(operator, conversation);
		requireLive(conversation);
		return conversation;
	}

	/** The conversation as it stands once its contact is locked: what every rule is checked on. */
	private Conversation lock(long orgId, long conversationId) {
		long contactId = conversations.contactOf(conversationId, orgId).orElseThrow(() -> notFound(conversationId));
		contacts.lock(contactId);
		return conversations.findById(conversationId).orElseThrow();
	}

	private static void requireLive(Conversation conversation) {
		if (!conversation.isLive()) {
			throw Refusal.conflict("CONVERSATION_CLOSED", "Conversation " + conversation.getId() + " is closed");
		}
	}

	private static Refusal notFound(long conversationId) {
		return Refusal.notFound("CONVERSATION_NOT_FOUND", "No conversation " + conversationId + " in this org");
	}
}
