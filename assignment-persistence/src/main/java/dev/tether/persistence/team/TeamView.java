package dev.tether.persistence.team;

import dev.tether.core.binding.AutoTags;
import dev.tether.core.routing.LeaveRule;
import dev.tether.core.routing.RoutingRule;
import dev.tether.core.routing.Strategy;
import dev.tether.core.routing.UnansweredRule;
import dev.tether.core.schedule.Availability;
import org.jspecify.annotations.Nullable;

/**
 * A team as the org keeps it, read: its name and code, its routing rule, queue timeout and tags,
 * its hours as last kept and what a contact is told outside them, what it does when a member
 * leaves and when nobody answers.
 */
public record TeamView(long id, long orgId, String name, @Nullable String code, Strategy strategy, boolean onlineOnly,
		@Nullable Integer maxOpenContacts, int queueTimeoutSeconds, AutoTags autoTags, boolean active,
		Availability hours, @Nullable String outOfHoursReply, LeaveRule leaveRule, UnansweredRule unansweredRule) {

	public static TeamView of(Team team) {
		return new TeamView(team.getId(), team.getOrgId(), team.getName(), team.getCode(), team.getStrategy(),
				team.isOnlineOnly(), team.getMaxOpenContacts(), team.getQueueTimeoutSeconds(), team.getAutoTags(),
				team.isActive(), team.hours(), team.getOutOfHoursReply(), team.leaveRule(), team.unansweredRule());
	}

	/** The rule routing applies: the team's own, as its leave rule says (see {@link LeaveRule#applyTo}). */
	public RoutingRule rule() {
		return leaveRule.applyTo(new RoutingRule(strategy, onlineOnly, maxOpenContacts));
	}
}
