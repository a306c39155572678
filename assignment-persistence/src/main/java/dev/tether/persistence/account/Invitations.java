package dev.tether.persistence.account;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import dev.tether.core.Refusal;
import dev.tether.persistence.org.TokenSecrets;
import dev.tether.persistence.team.Agent;
import dev.tether.persistence.team.AgentService;
import dev.tether.persistence.team.AgentView;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Invite links: an owner or admin makes one for an agent, and the agent uses it once, within
 * {@link #LIFETIME}, to set their console password. Only a hash of the link's secret is kept.
 */
@Service
public class Invitations {

	public static final Duration LIFETIME = Duration.ofDays(7);

	public static final int MIN_PASSWORD_LENGTH = 10;

	/** Bcrypt reads only the first 72 bytes; a longer limit would let the rest go unchecked. */
	public static final int MAX_PASSWORD_BYTES = 72;

	private final ConsoleInvites invites;

	private final ConsoleCredentials credentials;

	private final AgentService agents;

	private final PasswordEncoder encoder;

	private final Clock clock;

	Invitations(ConsoleInvites invites, ConsoleCredentials credentials, AgentService agents, PasswordEncoder encoder,
			Clock clock) {
		this.invites = invites;
		this.credentials = credentials;
		this.agents = agents;
		this.encoder = encoder;
		this.clock = clock;
	}

	/** A new link for the agent; the agent's older links stop working. */
	@Transactional
	public IssuedInvite issue(long orgId, long agentId) {
		AgentView agent = agents.get(orgId, agentId);
		if (!agent.active()) {
			throw Refusal.unprocessable("AGENT_INACTIVE", "Agent " + agentId + " is deactivated");
		}
		Instant now = clock.instant();
		invites.openFor(agent.id()).forEach(older -> older.revoke(now));
		String secret = TokenSecrets.newSecret();
		Instant expiresAt = now.plus(LIFETIME);
		invites.save(new ConsoleInvite(orgId, agent.id(), TokenSecrets.hash(secret), now, expiresAt));
		return new IssuedInvite(secret, expiresAt, agent);
	}

	@Transactional(readOnly = true)
	public InviteCheck check(String secret) {
		return invites.findBySecretHash(TokenSecrets.hash(secret))
			.map(invite -> check(invite, clock.instant()))
			.orElseGet(InviteCheck.Unknown::new);
	}

	/**
	 * Sets the agent's password through an open link and uses the link up. A link that no longer
	 * works is refused as {@code INVITE_UNUSABLE}; a password out of bounds as invalid input.
	 */
	@Transactional
	public AgentView accept(long inviteId, String password) {
		ConsoleInvite invite = invites.lock(inviteId)
			.orElseThrow(() -> Refusal.notFound("INVITE_NOT_FOUND", "No invite " + inviteId));
		Instant now = clock.instant();
		if (!(check(invite, now) instanceof InviteCheck.Open)) {
			throw Refusal.unprocessable("INVITE_UNUSABLE", "This invite link has expired or was used already");
		}
		refuseWeak(password);
		String hash = encoder.encode(password);
		credentials.findById(invite.getAgentId())
			.ifPresentOrElse(credential -> credential.change(hash, now),
					() -> credentials.save(new ConsoleCredential(invite.getAgentId(), hash, now)));
		invite.use(now);
		return agents.get(invite.getOrgId(), invite.getAgentId());
	}

	private InviteCheck check(ConsoleInvite invite, Instant now) {
		AgentView agent = agents.get(invite.getOrgId(), invite.getAgentId());
		return switch (invite.stateAt(now)) {
			case OPEN -> agent.active() ? new InviteCheck.Open(invite.getId(), agent.name(), agent.email())
					: new InviteCheck.Used();
			case EXPIRED -> new InviteCheck.Expired();
			case USED -> new InviteCheck.Used();
		};
	}

	private static void refuseWeak(String password) {
		if (password.codePointCount(0, password.length()) < MIN_PASSWORD_LENGTH) {
			throw Refusal.invalidInput("VALIDATION_FAILED",
					"password: must be at least " + MIN_PASSWORD_LENGTH + " characters");
		}
		if (password.getBytes(StandardCharsets.UTF_8).length > MAX_PASSWORD_BYTES) {
			throw Refusal.invalidInput("VALIDATION_FAILED",
					"password: must be at most " + MAX_PASSWORD_BYTES + " bytes (about 72 letters, 24 in Japanese)");
		}
	}
}
