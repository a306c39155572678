package dev.tether.persistence.assignment;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import dev.tether.core.Refusal;
import dev.tether.core.routing.RoutingDecision;
import dev.tether.core.routing.RoutingRule;
import dev.tether.core.routing.Strategy;
import dev.tether.core.routing.UnansweredRule;
import dev.tether.core.schedule.Availability;
import dev.tether.core.team.AgentReference;
import dev.tether.persistence.assignment.AssignmentRequest.RuleOverride;
import dev.tether.persistence.binding.BindingAdjustments;
import dev.tether.persistence.channel.Channel;
import dev.tether.persistence.channel.ChannelService;
import dev.tether.persistence.contact.Contact;
import dev.tether.persistence.contact.Contacts;
import dev.tether.persistence.contact.Conversation;
import dev.tether.persistence.contact.Conversations;
import dev.tether.persistence.log.ChangeSource;
import dev.tether.persistence.routing.Assignments;
import dev.tether.persistence.routing.OrgRouting;
import dev.tether.persistence.routing.TeamRouting;
import dev.tether.persistence.routing.TeamRule;
import dev.tether.persistence.team.Agent;
import dev.tether.persistence.team.AgentService;
import dev.tether.persistence.team.AgentView;
import dev.tether.persistence.team.TargetFitness;
import dev.tether.persistence.team.TeamService;
import dev.tether.persistence.team.TeamView;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Assignments decided outside Tether. Each runs under the contact's row lock (the contact is
 * created if Tether has not seen it) and is idempotent: a request that finds the conversation
 * already where it asks changes nothing and logs nothing, so a retry is safe.
 */
@Service
public class ExternalAssignments {

	/** "Any agent" without a rule of its own: rotate over the whole org. */
	private static final RoutingRule ANY_AGENT = new RoutingRule(Strategy.ROUND_ROBIN, false, null);

	private final ChannelService channels;

	private final AgentService agents;

	private final TeamService teams;

	private final TargetFitness fitness;

	private final Contacts contacts;

	private final Conversations conversations;

	private final BindingAdjustments bindings;

	private final Assignments assignments;

	private final TeamRouting teamRouting;

	private final OrgRouting orgRouting;

	private final Clock clock;

	ExternalAssignments(ChannelService channels, AgentService agents, TeamService teams, TargetFitness fitness,
			Contacts contacts, Conversations conversations, BindingAdjustments bindings, Assignments assignments,
			TeamRouting teamRouting, OrgRouting orgRouting, Clock clock) {
		this.channels = channels;
		this.agents = agents;
		this.teams = teams;
		this.fitness = fitness;
		this.contacts = contacts;
		this.conversations = conversations;
		this.bindings = bindings;
		this.assignments = assignments;
		this.teamRouting = teamRouting;
		this.orgRouting = orgRouting;
		this.clock = clock;
	}

	/** External Individual Assign: a permanent binding to the agent, and the conversation with them. */
	@Transactional
	public AssignmentResult individual(long orgId, long channelId, String lineUserId, AgentReference agentRef,
			String actor) {
		Channel channel = channels.channel(orgId, channelId);
		AgentView agent = agents.find(orgId, agentRef);
		fitness.require(agent, null);
		Instant now = clock.instant();
		Contact contact = lockContact(channel, lineUserId);
		bindings.bindPermanently(contact, agent.id(), actor, now);
		Conversation conversation = liveConversation(contact, now);
		assignments.assignBound(conversation, agent.id(), null, ChangeSource.API, actor, now);
		return AssignmentResult.of(conversation);
	}

	/** External Manual Assign: to a team under its (or the request's) rule, an agent, anyone, or nobody. */
	@Transactional
	public AssignmentResult manual(long orgId, AssignmentRequest request, String actor) {
		int targets = (request.team() != null || request.agent() != null ? 1 : 0) + (request.anyAgent() ? 1 : 0)
				+ (request.unassign() ? 1 : 0);
		if (targets != 1) {
			throw Refusal.invalidInput("VALIDATION_FAILED",
					"give exactly one of: team (optionally with agent), agent, anyAgent, unassign");
		}
		Channel channel = channels.channel(orgId, request.channelId());
		Instant now = clock.instant();
		if (request.unassign()) {
			Conversation conversation = liveConversation(lockContact(channel, request.lineUserId()), now);
			if (conversation.getStatus() == Conversation.Status.ASSIGNED
					|| conversation.getStatus() == Conversation.Status.QUEUED) {
				assignments.release(conversation, ChangeSource.API, actor, now);
			}
			return AssignmentResult.of(conversation);
		}
		if (request.agent() != null) {
			return toAgent(orgId, channel, request, actor, now);
		}
		if (request.team() != null) {
			return toTeam(orgId, channel, request, actor, now);
		}
		return toAnyAgent(orgId, channel, request, actor, now);
	}

	private AssignmentResult toAgent(long orgId, Channel channel, AssignmentRequest request, String actor,
			Instant now) {
		AgentView agent = agents.find(orgId, request.agent());
		TeamView team = request.team() == null ? null : teams.find(orgId, request.team());
		fitness.require(agent, team);
		Integer cap = request.rule() != null && request.rule().maxOpenContacts() != null
				? request.rule().maxOpenContacts() : team == null ? null : team.maxOpenContacts();
		Conversation conversation = liveConversation(lockContact(channel, request.lineUserId()), now);
		if (!assignments.assign(conversation, agent.id(), team == null ? null : team.id(),
				cap == null ? Assignments.NO_TEAM_CAP : cap, ChangeSource.API, actor, now)) {
			throw Refusal.conflict("AGENT_AT_CAPACITY",
					"Agent " + agent.id() + " holds as many conversations as allowed");
		}
		return AssignmentResult.of(conversation);
	}

	private AssignmentResult toTeam(long orgId, Channel channel, AssignmentRequest request, String actor,
			Instant now) {
		TeamView team = teams.find(orgId, request.team());
		TeamRule rule = withOverride(TeamRule.of(team), request.rule());
		Conversation conversation = liveConversation(lockContact(channel, request.lineUserId()), now);
		boolean alreadyThere = Long.valueOf(team.id()).equals(conversation.getTeamId())
				&& (conversation.getStatus() == Conversation.Status.ASSIGNED
						|| conversation.getStatus() == Conversation.Status.QUEUED);
		if (!alreadyThere && teamRouting.route(conversation, team.id(), rule, ChangeSource.API, actor,
				now) instanceof RoutingDecision.Rejected) {
			throw Refusal.unprocessable("TEAM_EMPTY", "Team " + team.id() + " has no active members");
		}
		return AssignmentResult.of(conversation);
	}

	private AssignmentResult toAnyAgent(long orgId, Channel channel, AssignmentRequest request, String actor,
			Instant now) {
		Conversation conversation = liveConversation(lockContact(channel, request.lineUserId()), now);
		if (conversation.getStatus() != Conversation.Status.ASSIGNED) {
			RoutingRule rule = withOverride(new TeamRule(ANY_AGENT, Duration.ZERO, Availability.ALWAYS, UnansweredRule.OFF), request.rule()).routing();
			Long agent = orgRouting.takeAnyAgent(orgId, rule, now);
			if (agent != null) {
				assignments.assignTaken(conversation, agent, null, ChangeSource.API, actor, now, null);
			}
		}
		return AssignmentResult.of(conversation);
	}

	private Contact lockContact(Channel channel, String lineUserId) {
		return contacts.findById(contacts.upsertAndLock(channel.getOrgId(), channel.getId(), lineUserId)).orElseThrow();
	}

	private Conversation liveConversation(Contact contact, Instant now) {
		return conversations.findLive(contact.getId()).orElseGet(() -> conversations.save(new Conversation(contact, now)));
	}

	private static TeamRule withOverride(TeamRule base, @Nullable RuleOverride override) {
		if (override == null) {
			return base;
		}
		RoutingRule rule = base.routing();
		return new TeamRule(
				new RoutingRule(override.strategy() != null ? override.strategy() : rule.strategy(),
						override.onlineOnly() != null ? override.onlineOnly() : rule.onlineOnly(),
						override.maxOpenContacts() != null ? override.maxOpenContacts() : rule.maxOpenContacts()),
				override.queueTimeout() != null ? override.queueTimeout() : base.queueTimeout(), base.hours(),
				base.unanswered());
	}
}
