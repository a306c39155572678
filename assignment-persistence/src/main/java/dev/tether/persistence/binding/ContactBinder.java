package dev.tether.persistence.binding;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.random.RandomGenerator;

import dev.tether.core.binding.AutoTags;
import dev.tether.core.binding.BindOutcome;
import dev.tether.core.binding.BindOutcome.InvalidCode;
import dev.tether.core.binding.BindingCode;
import dev.tether.core.binding.BindingCodeSigner;
import dev.tether.core.binding.BindingPolicy;
import dev.tether.core.binding.BindingTarget;
import dev.tether.persistence.channel.Channel;
import dev.tether.persistence.contact.Contact;
import dev.tether.persistence.contact.Conversations;
import dev.tether.persistence.event.EventRecorder;
import dev.tether.persistence.log.Assignee;
import dev.tether.persistence.log.AssignmentLogEntry;
import dev.tether.persistence.log.AssignmentRecorder;
import dev.tether.persistence.log.ChangeSource;
import dev.tether.persistence.org.Org;
import dev.tether.persistence.routing.ConversationRouter;
import dev.tether.persistence.team.Agent;
import dev.tether.persistence.team.Agents;
import dev.tether.persistence.team.Team;
import dev.tether.persistence.team.TeamMembers;
import dev.tether.persistence.team.Teams;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Binds a contact with a code it sent. The caller holds the contact's row lock, so two codes
 * sent at the same instant are decided one after the other: one binds, the other conflicts.
 */
@Component
public class ContactBinder {

	private final IssuedBindingCodes codes;

	private final Bindings bindings;

	private final Agents agents;

	private final Teams teams;

	private final TeamMembers members;

	private final Conversations conversations;

	private final ConversationRouter router;

	private final AssignmentRecorder recorder;

	private final EventRecorder events;

	ContactBinder(IssuedBindingCodes codes, Bindings bindings, Agents agents, Teams teams, TeamMembers members,
			Conversations conversations, ConversationRouter router, AssignmentRecorder recorder,
			EventRecorder events) {
		this.codes = codes;
		this.bindings = bindings;
		this.agents = agents;
		this.teams = teams;
		this.members = members;
		this.conversations = conversations;
		this.router = router;
		this.recorder = recorder;
		this.events = events;
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public BindAttempt bind(Org org, Channel channel, Contact contact, BindingCode code, Instant at) {
		Optional<IssuedBindingCode> issued = codes.findByCode(code.value());
		Target target = issued.isEmpty() ? null : targetOf(issued.get().getAgentId(), issued.get().getTeamId());
		InvalidCode invalid = whyInvalid(channel, code, issued.orElse(null), target);
		if (invalid != null) {
			return new BindAttempt(new BindOutcome.Invalid(invalid), null);
		}
		Binding current = bindings.findById(contact.getId()).orElse(null);
		BindingTarget requested = issued.get().target();
		BindOutcome outcome = new BindingPolicy(org.getAssignmentMode())
			.bind(current == null ? null : current.target(), requested);
		String actor = "line:" + contact.getLineUserId();
		if (outcome instanceof BindOutcome.Conflict) {
			return new BindAttempt(outcome, nameOf(current));
		}
		if (outcome instanceof BindOutcome.Bound) {
			bindTo(org, contact, current, requested, actor, at);
			tag(org, contact, target, at);
		}
		return new BindAttempt(outcome, target.name());
	}

	private void bindTo(Org org, Contact contact, @Nullable Binding current, BindingTarget requested, String actor,
			Instant at) {
		Assignee before = current == null ? Assignee.NOBODY : current.assignee();
		Binding binding;
		if (current == null) {
			binding = bindings.save(new Binding(contact.getId(), org.getId(), requested, org.getAssignmentMode(),
					ChangeSource.QR, at));
		}
		else {
			current.rebind(requested, org.getAssignmentMode(), ChangeSource.QR, at);
			binding = current;
		}
		recorder.record(org.getId(), contact.getId(), null, AssignmentLogEntry.Kind.BINDING, before,
				binding.assignee(), ChangeSource.QR, actor, at);
		conversations.findLive(contact.getId())
			.ifPresent(live -> router.handTo(live, requested, ChangeSource.QR, actor, at));
	}

	private void tag(Org org, Contact contact, Target target, Instant at) {
		AutoTags tags = AutoTags.forBinding(target.agent() == null ? null : target.agent().getAutoTags(),
				target.team() == null ? null : target.team().getAutoTags(), org.getAutoTags());
		if (tags.tags().isEmpty()) {
			return;
		}
		List<String> added = tags.missingFrom(contact.getTags());
		contact.addTags(added);
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("contactId", contact.getId().toString());
		data.put("channelId", contact.getChannelId().toString());
		data.put("lineUserId", contact.getLineUserId());
		data.put("tags", tags.tags());
		data.put("added", added);
		events.record(org.getId(), EventRecorder.CONTACT_TAGGED, data);
	}

	private @Nullable InvalidCode whyInvalid(Channel channel, BindingCode code, @Nullable IssuedBindingCode issued,
			@Nullable Target target) {
		if (!code.isWellFormed()) {
			return InvalidCode.MALFORMED;
		}
		boolean authentic = new BindingCodeSigner(channel.getBindingKey(), RandomGenerator.getDefault())
			.isAuthentic(code);
		if (issued == null) {
			return authentic ? InvalidCode.UNKNOWN : InvalidCode.TAMPERED;
		}
		if (!issued.getChannelId().equals(channel.getId())) {
			return InvalidCode.OTHER_CHANNEL;
		}
		if (!authentic) {
			return InvalidCode.TAMPERED;
		}
		if (issued.isRevoked()) {
			return InvalidCode.REVOKED;
		}
		if (target.agent() != null && !target.agent().isActive()) {
			return InvalidCode.AGENT_INACTIVE;
		}
		if (target.team() != null && (!target.team().isActive() || !members.hasActiveMember(target.team().getId()))) {
			return InvalidCode.TEAM_EMPTY;
		}
		if (target.agent() != null && target.team() != null
				&& !members.existsByTeamIdAndAgentId(target.team().getId(), target.agent().getId())) {
			return InvalidCode.NOT_IN_TEAM;
		}
		return null;
	}

	private String nameOf(Binding binding) {
		return targetOf(binding.getAgentId(), binding.getTeamId()).name();
	}

	private Target targetOf(@Nullable Long agentId, @Nullable Long teamId) {
		return new Target(agentId == null ? null : agents.findById(agentId).orElseThrow(),
				teamId == null ? null : teams.findById(teamId).orElseThrow());
	}

	/** The agent and team a code or binding names, loaded. */
	private record Target(@Nullable Agent agent, @Nullable Team team) {

		String name() {
			return agent != null ? agent.getName() : team.getName();
		}
	}
}
