package dev.tether.persistence.binding;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

import dev.tether.core.Refusal;
import dev.tether.core.binding.BindingCodeSigner;
import dev.tether.core.binding.BindingMessage;
import dev.tether.core.binding.BindingTarget;
import dev.tether.core.team.AgentId;
import dev.tether.core.team.TeamId;
import dev.tether.persistence.channel.Channel;
import dev.tether.persistence.channel.ChannelService;
import dev.tether.persistence.channel.ChannelView;
import dev.tether.persistence.org.OrgService;
import dev.tether.persistence.team.Agent;
import dev.tether.persistence.team.AgentService;
import dev.tether.persistence.team.AgentView;
import dev.tether.persistence.team.TargetFitness;
import dev.tether.persistence.team.TeamMembers;
import dev.tether.persistence.team.TeamService;
import dev.tether.persistence.team.TeamView;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Issues and revokes binding codes, refusing targets that could not take a contact. */
@Service
public class BindingCodeService {

	private final IssuedBindingCodes codes;

	private final RandomGenerator random;

	private final ChannelService channels;

	private final AgentService agents;

	private final TeamService teams;

	private final TargetFitness fitness;

	private final OrgService orgs;

	private final TeamMembers members;

	private final Clock clock;

	BindingCodeService(IssuedBindingCodes codes, ChannelService channels, AgentService agents, TeamService teams,
			TargetFitness fitness, OrgService orgs, TeamMembers members, RandomGenerator random, Clock clock) {
		this.codes = codes;
		this.random = random;
		this.channels = channels;
		this.agents = agents;
		this.teams = teams;
		this.fitness = fitness;
		this.orgs = orgs;
		this.members = members;
		this.clock = clock;
	}

	@Transactional
	public CodeWithTarget issue(long orgId, long channelId, @Nullable Long agentId, @Nullable Long teamId) {
		if (agentId == null && teamId == null) {
			throw Refusal.invalidInput("VALIDATION_FAILED", "agentId or teamId is required");
		}
		Channel channel = channels.channel(orgId, channelId);
		AgentView agent = agentId == null ? null : agents.get(orgId, agentId);
		TeamView team = teamId == null ? null : teams.get(orgId, teamId);
		fitness.require(agent, team);
		IssuedBindingCode issued = save(channel, new BindingTarget(agent == null ? null : new AgentId(agent.id()),
				team == null ? null : new TeamId(team.id())));
		String name = agent != null ? agent.name() : team.name();
		return new CodeWithTarget(IssuedCodeView.of(issued), ChannelView.of(channel), name,
				orgs.get(orgId).bindingMessage().of(issued.getCode(), name));
	}

	@Transactional(readOnly = true)
	public CodeWithTarget get(long orgId, long codeId) {
		IssuedBindingCode issued = find(orgId, codeId);
		String name = issued.getAgentId() != null ? agents.get(orgId, issued.getAgentId()).name()
				: teams.nameOf(issued.getTeamId());
		return new CodeWithTarget(IssuedCodeView.of(issued), channels.get(orgId, issued.getChannelId()), name,
				orgs.get(orgId).bindingMessage().of(issued.getCode(), name));
	}

	@Transactional
	public void revoke(long orgId, long codeId) {
		find(orgId, codeId).revoke(clock.instant());
	}

	/**
	 * A live agent-within-team code for every active member of the team, issuing one for each
	 * member that lacks it: what the team's link and QR downloads hand out.
	 */
	@Transactional
	public List<MemberCode> forMembers(long orgId, long teamId, long channelId) {
		TeamView team = teams.get(orgId, teamId);
		Channel channel = channels.channel(orgId, channelId);
		BindingMessage message = orgs.get(orgId).bindingMessage();
		List<MemberCode> result = new ArrayList<>();
		// Active members of the team: every one is a target that can take a contact.
		for (Agent member : members.activeMembers(team.id())) {
			IssuedCodeView code = IssuedCodeView.of(codes.findLatestForAgentInTeam(channelId, team.id(), member.getId())
				.orElseGet(() -> save(channel, BindingTarget.agentInTeam(new AgentId(member.getId()), new TeamId(team.id())))));
			result.add(new MemberCode(member.getId(), member.getEmail(), member.getName(), code,
					message.of(code.code(), member.getName())));
		}
		return result;
	}

	private IssuedBindingCode save(Channel channel, BindingTarget target) {
		return codes.save(new IssuedBindingCode(channel.getOrgId(), channel.getId(), target,
				new BindingCodeSigner(channel.getBindingKey(), random).issue(), clock.instant()));
	}

	private IssuedBindingCode find(long orgId, long codeId) {
		return codes.findByIdAndOrgId(codeId, orgId)
			.orElseThrow(() -> Refusal.notFound("BINDING_CODE_NOT_FOUND", "No binding code " + codeId + " in this org"));
	}

	/**
	 * An issued code with what it takes to show it: the channel, the target's name, and the message
	 * its link pre-fills, in the org's wording.
	 */
	public record CodeWithTarget(IssuedCodeView code, ChannelView channel, String targetName, String message) {
	}

	/** A team member, their code, and the message its link pre-fills. */
	public record MemberCode(long agentId, String email, String name, IssuedCodeView code, String message) {
	}
}
