package dev.tether.persistence.routing;

import java.time.Instant;

import dev.tether.core.binding.BindingTarget;
import dev.tether.persistence.binding.Binding;
import dev.tether.persistence.contact.Contact;
import dev.tether.persistence.contact.Conversation;
import dev.tether.persistence.contact.Conversations;
import dev.tether.persistence.log.ChangeSource;
import dev.tether.persistence.org.Org;
import dev.tether.persistence.team.Agents;
import dev.tether.persistence.team.Team;
import dev.tether.persistence.team.TeamView;
import dev.tether.persistence.team.Teams;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where a conversation goes: to the agent the contact is bound to; else to the bound team, or
 * the org's default team, whose strategy picks a member; else nowhere yet (unassigned).
 * Callers hold the contact's row lock, so a contact never has two live conversations.
 */
@Component
public class ConversationRouter {

	private final Conversations conversations;

	private final Agents agents;

	private final Teams teams;

	private final Assignments assignments;

	private final TeamRouting teamRouting;

	ConversationRouter(Conversations conversations, Agents agents, Teams teams, Assignments assignments,
			TeamRouting teamRouting) {
		this.conversations = conversations;
		this.agents = agents;
		this.teams = teams;
		this.assignments = assignments;
		this.teamRouting = teamRouting;
	}

	/**
	 * The contact's live conversation; a new one is routed by the binding or the default team,
	 * and so is one whose time in a queue ran out, since the contact is writing again.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public Conversation ensureOpen(Org org, Contact contact, @Nullable Binding binding, ChangeSource source,
			String actor, Instant at) {
		Conversation live = conversations.findLive(contact.getId()).orElse(null);
		if (live != null && live.getStatus() != Conversation.Status.TIMED_OUT) {
			return live;
		}
		Conversation conversation = live != null ? live : conversations.save(new Conversation(contact, at));
		if (binding != null) {
			handTo(conversation, binding.target(), source, actor, at);
		}
		else if (org.getDefaultTeamId() != null) {
			routeInTeam(conversation, org.getDefaultTeamId(), source, actor, at);
		}
		return conversation;
	}

	/**
	 * Gives the conversation to the target: its agent while that agent works here (a binding
	 * reaches its agent whatever their load), otherwise the target's team and its strategy.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void handTo(Conversation conversation, BindingTarget target, ChangeSource source, String actor,
			Instant at) {
		Long team = target.team() == null ? null : target.team().value();
		boolean agentWorks = target.agent() != null
				&& agents.findById(target.agent().value()).map(agent -> agent.isActive()).orElse(false);
		if (agentWorks) {
			assignments.assignBound(conversation, target.agent().value(), team, source, actor, at);
		}
		else if (team != null) {
			routeInTeam(conversation, team, source, actor, at);
		}
	}

	private void routeInTeam(Conversation conversation, long teamId, ChangeSource source, String actor, Instant at) {
		Team team = teams.findById(teamId).filter(Team::isActive).orElse(null);
		if (team != null) {
			teamRouting.route(conversation, teamId, TeamRule.of(TeamView.of(team)), source, actor, at);
		}
	}
}
