package dev.tether.persistence.account;

import java.time.Instant;

import dev.tether.persistence.team.AgentView;

/** How a sign-in with email and password ended. */
public sealed interface SignInOutcome {

	/** The password is the agent's. */
	record SignedIn(AgentView agent) implements SignInOutcome {
	}

	/** No active agent with this email has this password; the reply does not say which part was wrong. */
	record Refused() implements SignInOutcome {
	}

	/** Too many failures for this email: nothing is checked until {@code until}. */
	record Throttled(Instant until) implements SignInOutcome {
	}
}
