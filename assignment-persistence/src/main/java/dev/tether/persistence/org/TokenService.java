package dev.tether.persistence.org;

import java.time.Clock;
import java.util.Optional;

import dev.tether.core.Refusal;
import dev.tether.core.access.Role;
import dev.tether.persistence.team.Agents;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Issues, revokes and recognises an org's API tokens. */
@Service
public class TokenService {

	private final ApiTokens tokens;

	private final Agents agents;

	private final Clock clock;

	TokenService(ApiTokens tokens, Agents agents, Clock clock) {
		this.tokens = tokens;
		this.agents = agents;
		this.clock = clock;
	}

	@Transactional
	public IssuedToken issue(long orgId, String name, Role role, @Nullable Long agentId) {
		if (role.actsForAnAgent() && agentId == null) {
			throw Refusal.invalidInput("VALIDATION_FAILED", "agentId is required for " + role + " tokens");
		}
		if (agentId != null && !agents.findByIdAndOrgId(agentId, orgId)
			.orElseThrow(() -> Refusal.notFound("AGENT_NOT_FOUND", "No agent " + agentId + " in this org"))
			.isActive()) {
			throw Refusal.unprocessable("AGENT_INACTIVE", "Agent " + agentId + " is deactivated");
		}
		String secret = TokenSecrets.newSecret();
		ApiToken token = tokens.save(new ApiToken(orgId, name, role, role.actsForAnAgent() ? agentId : null,
				TokenSecrets.hash(secret), clock.instant()));
		return new IssuedToken(TokenView.of(token), secret);
	}

	@Transactional
	public void revoke(long orgId, long tokenId) {
		ApiToken token = tokens.findById(tokenId)
			.filter(candidate -> candidate.getOrgId() == orgId)
			.orElseThrow(() -> Refusal.notFound("TOKEN_NOT_FOUND", "No token " + tokenId + " in this org"));
		token.revoke(clock.instant());
	}

	/** A live token; one that acts for a deactivated agent no longer works. */
	@Transactional(readOnly = true)
	public Optional<TokenView> recognise(String secret) {
		return tokens.findByTokenHashAndRevokedAtIsNull(TokenSecrets.hash(secret))
			.filter(token -> token.getAgentId() == null
					|| agents.findById(token.getAgentId()).map(agent -> agent.isActive()).orElse(false))
			.map(TokenView::of);
	}
}
