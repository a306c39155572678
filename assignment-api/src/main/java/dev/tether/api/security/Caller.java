package dev.tether.api.security;

import dev.tether.core.Refusal;
import dev.tether.core.access.Role;
import org.jspecify.annotations.Nullable;

/** Who is calling: the platform admin, or a token of one org with one role. */
public sealed interface Caller {

	/** The platform admin token: it may only create orgs. */
	record PlatformAdmin() implements Caller {
	}

	/** An org's token; MANAGER and AGENT tokens act for one agent. */
	record Member(long orgId, Role role, @Nullable Long agentId, long tokenId) implements Caller {

		/** Refuses the call unless the token has one of the roles. */
		public Member require(Role... roles) {
			for (Role allowed : roles) {
				if (role == allowed) {
					return this;
				}
			}
			throw Refusal.forbidden("A " + role + " token may not do this");
		}

		public boolean is(Role... roles) {
			for (Role candidate : roles) {
				if (role == candidate) {
					return true;
				}
			}
			return false;
		}
	}

	/** The caller as an org member; the platform admin token is refused. */
	default Member member() {
		if (this instanceof Member member) {
			return member;
		}
		throw Refusal.forbidden("The platform admin token may only create orgs");
	}
}
