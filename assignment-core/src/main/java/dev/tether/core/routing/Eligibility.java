package dev.tether.core.routing;

import java.util.Objects;

import org.jspecify.annotations.Nullable;

import dev.tether.core.presence.PresenceStatus;

/** Whether a member may take a new conversation right now; small conditions compose into a team's rule. */
@FunctionalInterface
public interface Eligibility {

	boolean admits(Candidate candidate);

	/** Admits only members both conditions admit. */
	default Eligibility and(Eligibility other) {
		Objects.requireNonNull(other, "other");
		return candidate -> admits(candidate) && other.admits(candidate);
	}

	/** Deactivated members keep their history but never take new work. */
	static Eligibility activeOnly() {
		return Candidate::active;
	}

	/** Outside their own shift a member takes no new work, whatever the team's rule (like AWAY, not like OFFLINE). */
	static Eligibility onSchedule() {
		return Candidate::onSchedule;
	}

	/** A member who stepped away takes no new work, whatever the team's rule. */
	static Eligibility notAway() {
		return candidate -> candidate.presence() != PresenceStatus.AWAY;
	}

	/** AWAY and OFFLINE members take no new work. */
	static Eligibility onlineOnly() {
		return candidate -> candidate.presence() == PresenceStatus.ONLINE;
	}

	/**
	 * Admits a member only below the stricter of the team's cap and their own; a member exactly at the cap is full.
	 * A {@code null} cap puts no limit on that side.
	 */
	static Eligibility underCapacity(@Nullable Integer teamCap) {
		return candidate -> {
			Integer agentCap = candidate.agentCapacity();
			boolean underTeamCap = teamCap == null || candidate.openConversations() < teamCap;
			boolean underAgentCap = agentCap == null || candidate.openConversations() < agentCap;
			return underTeamCap && underAgentCap;
		};
	}

	/** Active, on schedule, not away and under capacity always; online too when the rule asks for it. */
	static Eligibility forRule(RoutingRule rule) {
		Eligibility eligibility = activeOnly().and(onSchedule()).and(notAway()).and(underCapacity(rule.maxOpenContacts()));
		return rule.onlineOnly() ? eligibility.and(onlineOnly()) : eligibility;
	}
}
