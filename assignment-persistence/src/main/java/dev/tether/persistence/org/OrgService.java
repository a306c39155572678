package dev.tether.persistence.org;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.ZoneId;

import dev.tether.core.Refusal;
import dev.tether.core.access.Role;
import dev.tether.core.binding.AssignmentMode;
import dev.tether.core.binding.AutoTags;
import dev.tether.core.binding.BindingMessage;
import dev.tether.core.binding.ReplyTexts;
import dev.tether.core.routing.BoundAgentUnavailable;
import dev.tether.persistence.team.Teams;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creates orgs and keeps their settings. */
@Service
public class OrgService {

	private final Orgs orgs;

	private final Teams teams;

	private final TokenService tokens;

	private final Clock clock;

	OrgService(Orgs orgs, Teams teams, TokenService tokens, Clock clock) {
		this.orgs = orgs;
		this.teams = teams;
		this.tokens = tokens;
		this.clock = clock;
	}

	/** A new org and its first OWNER token. */
	@Transactional
	public CreatedOrg create(String name, @Nullable String timezone) {
		String zone = timezone == null ? "UTC" : timezone;
		try {
			ZoneId.of(zone);
		}
		catch (DateTimeException ex) {
			throw Refusal.invalidInput("VALIDATION_FAILED", "timezone: unknown time zone '" + zone + "'");
		}
		Org org = orgs.save(new Org(name, zone, clock.instant()));
		IssuedToken owner = tokens.issue(org.getId(), "owner", Role.OWNER, null);
		return new CreatedOrg(OrgView.of(org), owner.secret());
	}

	@Transactional(readOnly = true)
	public OrgView get(long orgId) {
		return OrgView.of(find(orgId));
	}

	/**
	 * Changes the org's assignment settings and, when {@code wording} is given, its reply texts and
	 * binding message too, and when {@code boundAgentUnavailable} is, where bound contacts go while
	 * their agent is away; what is not given stays as it is.
	 */
	@Transactional
	public OrgView changeSettings(long orgId, AssignmentMode mode, AutoTags tags, @Nullable Long defaultTeamId,
			@Nullable Wording wording, @Nullable BoundAgentUnavailable boundAgentUnavailable) {
		if (defaultTeamId != null) {
			teams.findByIdAndOrgIdAndActiveTrue(defaultTeamId, orgId)
				.orElseThrow(() -> Refusal.notFound("TEAM_NOT_FOUND", "No team " + defaultTeamId + " in this org"));
		}
		Org org = find(orgId);
		org.changeSettings(mode, tags, defaultTeamId);
		if (wording != null) {
			org.reword(wording.replies(), wording.bindingMessage());
		}
		if (boundAgentUnavailable != null) {
			org.sendBoundContacts(boundAgentUnavailable);
		}
		return OrgView.of(org);
	}

	private Org find(long orgId) {
		return orgs.findById(orgId).orElseThrow(() -> Refusal.notFound("ORG_NOT_FOUND", "No org " + orgId));
	}

	/** What an org's contacts read: the replies to a binding code, and the message a binding link pre-fills. */
	public record Wording(ReplyTexts replies, BindingMessage bindingMessage) {
	}

	/** An org with its owner token's secret, shown once. */
	public record CreatedOrg(OrgView org, String ownerToken) {
	}
}
