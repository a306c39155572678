package dev.tether.persistence.inbox;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import dev.tether.core.binding.AssignmentMode;
import dev.tether.core.binding.AutoTags;
import dev.tether.core.binding.BindingCode;
import dev.tether.core.binding.BindingTarget;
import dev.tether.core.binding.IssuedCode;
import dev.tether.core.binding.ReplyTexts;
import dev.tether.core.presence.Departure;
import dev.tether.core.presence.Presence;
import dev.tether.core.presence.PresenceStatus;
import dev.tether.core.routing.BoundAgentUnavailable;
import dev.tether.core.schedule.Availability;
import dev.tether.persistence.inbox.ClaimedEvent.Lane;
import dev.tether.persistence.inbox.Situations.AgentFacts;
import dev.tether.persistence.inbox.Situations.ChannelFacts;
import dev.tether.persistence.inbox.Situations.ContactRow;
import dev.tether.persistence.inbox.Situations.LiveRow;
import dev.tether.persistence.inbox.Situations.Membership;
import dev.tether.persistence.inbox.Situations.TeamFacts;
import dev.tether.persistence.team.PresenceTtl;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import static dev.tether.persistence.sql.SqlValues.at;

/**
 * Reads a batch's {@link Situations}. The contacts are created where new and locked in one
 * statement, in a fixed order, so everything that changes a contact's binding or conversation,
 * here or through the API, happens one at a time.
 */
@Component
class SituationReader {

	private final JdbcClient db;

	private final PresenceTtl ttl;

	SituationReader(JdbcClient db, PresenceTtl ttl) {
		this.ttl = ttl;
		this.db = db;
	}

	Situations read(List<ClaimedEvent> events, Instant now) {
		Map<Long, ChannelFacts> channels = channels(events);
		List<ClaimedEvent> actions = events.stream().filter(event -> event.lane() != null).toList();
		Map<Lane, ContactRow> contacts = lockContacts(actions, channels, now);
		Map<String, IssuedCode> codes = codes(actions);
		Set<Long> agentIds = new HashSet<>();
		Set<Long> teamIds = new HashSet<>();
		List<BindingTarget> targets = new ArrayList<>();
		codes.values().forEach(code -> targets.add(code.target()));
		contacts.values().stream().filter(contact -> contact.binding() != null).forEach(contact -> targets.add(contact.binding()));
		for (BindingTarget target : targets) {
			if (target.agent() != null) {
				agentIds.add(target.agent().value());
			}
			if (target.team() != null) {
				teamIds.add(target.team().value());
			}
		}
		return new Situations(channels, contacts, codes, agents(agentIds, now), teams(teamIds), memberships(targets));
	}

	private Map<Long, ChannelFacts> channels(List<ClaimedEvent> events) {
		Long[] ids = events.stream().map(ClaimedEvent::channelId).distinct().toArray(Long[]::new);
		Map<Long, ChannelFacts> channels = new HashMap<>();
		db.sql("""
				select c.id, c.org_id, c.binding_key, o.assignment_mode, o.auto_tags, o.default_team_id,
				       o.reply_success, o.reply_conflict, o.reply_invalid, o.bound_agent_unavailable
				from channel c join org o on o.id = c.org_id where c.id = any (:ids::bigint[])""")
			.param("ids", ids)
			.query((row, number) -> new ChannelFacts(row.getLong("id"), row.getLong("org_id"), row.getBytes("binding_key"),
					AssignmentMode.valueOf(row.getString("assignment_mode")), tags(row, "auto_tags"),
					nullableLong(row, "default_team_id"), new ReplyTexts(row.getString("reply_success"),
							row.getString("reply_conflict"), row.getString("reply_invalid")),
					BoundAgentUnavailable.valueOf(row.getString("bound_agent_unavailable"))))
			.list()
			.forEach(channel -> channels.put(channel.channelId(), channel));
		return channels;
	}

	/** Creates the contacts Tether has not seen and locks all of them, in channel and user order. */
	private Map<Lane, ContactRow> lockContacts(List<ClaimedEvent> actions, Map<Long, ChannelFacts> channels,
			Instant now) {
		TreeMap<String, Lane> sorted = new TreeMap<>();
		actions.forEach(event -> sorted.put(event.channelId() + ":" + event.lineUserId(), event.lane()));
		if (sorted.isEmpty()) {
			return Map.of();
		}
		List<Lane> lanes = List.copyOf(sorted.values());
		Long[] orgs = lanes.stream().map(lane -> channels.get(lane.channelId()).orgId()).toArray(Long[]::new);
		Long[] channelIds = lanes.stream().map(Lane::channelId).toArray(Long[]::new);
		String[] users = lanes.stream().map(Lane::lineUserId).toArray(String[]::new);
		Map<Lane, ContactRow> contacts = new HashMap<>();
		db.sql("""
				with locked as (
				    insert into contact (org_id, channel_id, line_user_id, created_at)
				    select * from unnest(:orgs::bigint[], :channels::bigint[], :users::text[]) as c(org_id, channel_id, line_user_id)
				        cross join (select :now::timestamptz) as t(created_at)
				    on conflict (channel_id, line_user_id) do update set line_user_id = excluded.line_user_id
				    returning id, org_id, channel_id, line_user_id, tags)
				select l.id, l.org_id, l.channel_id, l.line_user_id, l.tags, b.agent_id as bound_agent, b.team_id as bound_team,
				       v.id as live_id, v.status as live_status, v.agent_id as live_agent, v.team_id as live_team,
				       v.queued_since as live_queued_since
				from locked l
				left join binding b on b.contact_id = l.id
				left join conversation v on v.contact_id = l.id and v.status <> 'CLOSED'""")
			.param("orgs", orgs)
			.param("channels", channelIds)
			.param("users", users)
			.param("now", at(now))
			.query((row, number) -> contact(row))
			.list()
			.forEach(contact -> contacts.put(new Lane(contact.channelId(), contact.lineUserId()), contact));
		return contacts;
	}

	private Map<String, IssuedCode> codes(List<ClaimedEvent> actions) {
		String[] codes = actions.stream()
			.map(ClaimedEvent::code)
			.filter(code -> code != null)
			.map(BindingCode::value)
			.distinct()
			.toArray(String[]::new);
		Map<String, IssuedCode> issued = new HashMap<>();
		if (codes.length == 0) {
			return issued;
		}
		db.sql("""
				select code, channel_id, agent_id, team_id, revoked_at is not null as revoked
				from binding_code where code = any (:codes::text[])""")
			.param("codes", codes)
			.query((row, number) -> Map.entry(row.getString("code"), new IssuedCode(row.getLong("channel_id"),
					BindingTarget.ofIds(nullableLong(row, "agent_id"), nullableLong(row, "team_id")),
					row.getBoolean("revoked"))))
			.list()
			.forEach(entry -> issued.put(entry.getKey(), entry.getValue()));
		return issued;
	}

	private Map<Long, AgentFacts> agents(Set<Long> ids, Instant now) {
		Map<Long, AgentFacts> agents = new HashMap<>();
		if (ids.isEmpty()) {
			return agents;
		}
		db.sql("""
				select id, name, active, auto_tags, presence, last_heartbeat_at, schedule_open, schedule_changes_at
				from agent where id = any (:ids::bigint[])""")
			.param("ids", ids.toArray(Long[]::new))
			.query((row, number) -> new AgentFacts(row.getLong("id"), row.getString("name"), row.getBoolean("active"),
					tags(row, "auto_tags"), Departure.available(row.getBoolean("active"),
							Presence.recorded(PresenceStatus.valueOf(row.getString("presence")),
									instant(row.getTimestamp("last_heartbeat_at"))),
							new Availability(row.getBoolean("schedule_open"), instant(row.getTimestamp("schedule_changes_at"))),
							now, ttl.value())))
			.list()
			.forEach(agent -> agents.put(agent.id(), agent));
		return agents;
	}

	private Map<Long, TeamFacts> teams(Set<Long> ids) {
		Map<Long, TeamFacts> teams = new HashMap<>();
		if (ids.isEmpty()) {
			return teams;
		}
		db.sql("""
				select t.id, t.name, t.active, t.auto_tags,
				       exists (select 1 from team_member m join agent a on a.id = m.agent_id
				               where m.team_id = t.id and a.active) as has_active_member
				from team t where t.id = any (:ids::bigint[])""")
			.param("ids", ids.toArray(Long[]::new))
			.query((row, number) -> new TeamFacts(row.getLong("id"), row.getString("name"), row.getBoolean("active"),
					row.getBoolean("has_active_member"), tags(row, "auto_tags")))
			.list()
			.forEach(team -> teams.put(team.id(), team));
		return teams;
	}

	/** Which of the agent-within-team targets name a member of their team. */
	private Set<Membership> memberships(List<BindingTarget> targets) {
		Set<Membership> asked = new LinkedHashSet<>();
		targets.stream()
			.filter(target -> target.agent() != null && target.team() != null)
			.forEach(target -> asked.add(new Membership(target.team().value(), target.agent().value())));
		if (asked.isEmpty()) {
			return Set.of();
		}
		return new HashSet<>(db.sql("""
				select m.team_id, m.agent_id from team_member m
				join unnest(:teams::bigint[], :agents::bigint[]) as a(team_id, agent_id)
				  on a.team_id = m.team_id and a.agent_id = m.agent_id""")
			.param("teams", asked.stream().map(Membership::teamId).toArray(Long[]::new))
			.param("agents", asked.stream().map(Membership::agentId).toArray(Long[]::new))
			.query((row, number) -> new Membership(row.getLong("team_id"), row.getLong("agent_id")))
			.list());
	}

	private static ContactRow contact(ResultSet row) throws SQLException {
		Long liveId = nullableLong(row, "live_id");
		Long boundAgent = nullableLong(row, "bound_agent");
		Long boundTeam = nullableLong(row, "bound_team");
		java.sql.Timestamp queuedSince = row.getTimestamp("live_queued_since");
		return new ContactRow(row.getLong("id"), row.getLong("org_id"), row.getLong("channel_id"),
				row.getString("line_user_id"), textArray(row.getArray("tags")),
				boundAgent == null && boundTeam == null ? null : BindingTarget.ofIds(boundAgent, boundTeam),
				liveId == null ? null : new LiveRow(liveId, row.getString("live_status"), nullableLong(row, "live_agent"),
						nullableLong(row, "live_team"), queuedSince == null ? null : queuedSince.toInstant()));
	}

	private static AutoTags tags(ResultSet row, String column) throws SQLException {
		return new AutoTags(textArray(row.getArray(column)));
	}

	private static List<String> textArray(Array array) throws SQLException {
		return array == null ? List.of() : List.of((String[]) array.getArray());
	}

	private static @Nullable Instant instant(@Nullable Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}

	private static Long nullableLong(ResultSet row, String column) throws SQLException {
		long value = row.getLong(column);
		return row.wasNull() ? null : value;
	}
}
