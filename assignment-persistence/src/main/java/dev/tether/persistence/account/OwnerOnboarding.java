package dev.tether.persistence.account;

import dev.tether.core.access.Role;
import dev.tether.persistence.org.OrgService.CreatedOrg;
import dev.tether.persistence.org.OrgService;
import dev.tether.persistence.team.AgentDetails;
import dev.tether.persistence.team.AgentService;
import dev.tether.persistence.team.AgentView;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A new org whose first owner is a person: an agent with role OWNER and an invite link to set
 * their console password. All of it, or nothing, so a refused owner leaves no org behind.
 */
@Service
public class OwnerOnboarding {

	private final OrgService orgs;

	private final AgentService agents;

	private final Invitations invitations;

	OwnerOnboarding(OrgService orgs, AgentService agents, Invitations invitations) {
		this.orgs = orgs;
		this.agents = agents;
		this.invitations = invitations;
	}

	@Transactional
	public OnboardedOrg create(String name, @Nullable String timezone, String ownerEmail, String ownerName) {
		CreatedOrg created = orgs.create(name, timezone);
		AgentView owner = agents.create(created.org().id(),
				new AgentDetails(ownerEmail, ownerName, Role.OWNER, null, null, null));
		return new OnboardedOrg(created, invitations.issue(created.org().id(), owner.id()));
	}

	/** The org with its owner token and its owner's invite, both shown once. */
	public record OnboardedOrg(CreatedOrg created, IssuedInvite ownerInvite) {
	}
}
