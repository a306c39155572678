package dev.tether.persistence.org;

import dev.tether.core.access.Role;
import org.jspecify.annotations.Nullable;

/** An API token without its secret: whose it is, and what it may do. */
public record TokenView(long id, long orgId, String name, Role role, @Nullable Long agentId) {

	static TokenView of(ApiToken token) {
		return new TokenView(token.getId(), token.getOrgId(), token.getName(), token.getRole(), token.getAgentId());
	}
}
