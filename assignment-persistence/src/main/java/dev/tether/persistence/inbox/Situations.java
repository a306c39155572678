package dev.tether.persistence.inbox;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.tether.core.binding.AssignmentMode;
import dev.tether.core.binding.AutoTags;
import dev.tether.core.binding.BindingTarget;
import dev.tether.core.binding.IssuedCode;
import dev.tether.core.binding.ReplyTexts;
import dev.tether.core.binding.TargetState;
import dev.tether.core.routing.BoundAgentUnavailable;
import dev.tether.persistence.inbox.ClaimedEvent.Lane;
import org.jspecify.annotations.Nullable;

/**
 * What a batch's messages are decided on, read in a handful of queries under the contacts' locks:
 * each channel's org and its settings, each contact with its tags, binding and live conversation,
 * the codes the messages carry, and the agents and teams those codes and bindings name.
 */
record Situations(Map<Long, ChannelFacts> channels, Map<Lane, ContactRow> contacts, Map<String, IssuedCode> codes,
		Map<Long, AgentFacts> agents, Map<Long, TeamFacts> teams, Set<Membership> memberships) {

	ContactRow contact(Lane lane) {
		return contacts.get(lane);
	}

	/** The target as it stands now: names, whether it can take contacts, its tags. */
	TargetState state(BindingTarget target) {
		AgentFacts agent = target.agent() == null ? null : agents.get(target.agent().value());
		TeamFacts team = target.team() == null ? null : teams.get(target.team().value());
		boolean agentInTeam = agent == null || team == null || memberships.contains(new Membership(team.id(), agent.id()));
		return new TargetState(target, agent != null ? agent.name() : team.name(), agent == null || agent.active(),
				team == null || (team.active() && team.hasActiveMember()), agentInTeam,
				agent == null ? null : agent.tags(), team == null ? null : team.tags(), agent == null || agent.available());
	}

	/** A channel, with what its org decides bindings and new conversations by. */
	record ChannelFacts(long channelId, long orgId, byte[] bindingKey, AssignmentMode mode, AutoTags orgTags,
			@Nullable Long defaultTeamId, ReplyTexts replyTexts, BoundAgentUnavailable boundAgentUnavailable) {
	}

	/** A contact under its lock: tags, binding and live conversation. */
	record ContactRow(long id, long orgId, long channelId, String lineUserId, List<String> tags,
			@Nullable BindingTarget binding, @Nullable LiveRow live) {
	}

	/** A contact's conversation that is not closed, as it stands. */
	record LiveRow(long id, String status, @Nullable Long agentId, @Nullable Long teamId, @Nullable Instant queuedSince) {

		boolean timedOut() {
			return "TIMED_OUT".equals(status);
		}

		boolean assignedTo(long agent) {
			return "ASSIGNED".equals(status) && agentId != null && agentId == agent;
		}
	}

	/** An agent a code or binding names; {@code available}: active, online and on shift now. */
	record AgentFacts(long id, String name, boolean active, AutoTags tags, boolean available) {
	}

	record TeamFacts(long id, String name, boolean active, boolean hasActiveMember, AutoTags tags) {
	}

	record Membership(long teamId, long agentId) {
	}
}
