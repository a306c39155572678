package dev.tether.persistence.inbox;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.tether.core.routing.MoveReason;
import dev.tether.core.routing.Placement;
import dev.tether.persistence.inbox.Situations.LiveRow;
import dev.tether.persistence.log.Assignee;
import dev.tether.persistence.log.AssignmentChange;
import dev.tether.persistence.log.AssignmentLogEntry;
import dev.tether.persistence.routing.TeamBatchRouting.Routed;
import dev.tether.persistence.routing.TeamBatchRouting;
import dev.tether.persistence.team.TeamsMayTakeWork;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import static dev.tether.persistence.sql.SqlValues.at;

/**
 * Carries out a batch's placements with a few statements: a bound agent takes their contact's
 * conversation whatever their load; a team's conversations are routed together; new conversations
 * are inserted as they end up, live ones updated; loads follow the conversations, and a released
 * agent's teams are told they may take queued work once the batch commits. Answers the changes of
 * assignee for the log.
 */
@Component
class ConversationWork {

	private final JdbcClient db;

	private final TeamBatchRouting routing;

	private final ApplicationEventPublisher publisher;

	ConversationWork(JdbcClient db, TeamBatchRouting routing, ApplicationEventPublisher publisher) {
		this.db = db;
		this.routing = routing;
		this.publisher = publisher;
	}

	Placed place(List<Placing> placings, Instant at) {
		List<Holder> holders = new ArrayList<>();
		Map<Long, Integer> askedOfTeams = new LinkedHashMap<>();
		placings.stream()
			.map(Placing::placement)
			.filter(Placement.ToTeam.class::isInstance)
			.forEach(placement -> askedOfTeams.merge(((Placement.ToTeam) placement).team().value(), 1, Integer::sum));
		Map<Long, List<Routed>> routed = routing.route(askedOfTeams, at);
		Map<Long, Integer> next = new HashMap<>();
		Map<Long, Integer> loads = new HashMap<>();
		for (Placing placing : placings) {
			Holder holder = Holder.UNCHANGED;
			if (placing.placement() instanceof Placement.ToAgent toAgent) {
				holder = Holder.assigned(toAgent.agent().value(), toAgent.team() == null ? null : toAgent.team().value());
			}
			else if (placing.placement() instanceof Placement.ToTeam toTeam) {
				long team = toTeam.team().value();
				holder = fromRouting(team, routed.get(team).get(next.merge(team, 1, Integer::sum) - 1));
			}
			holders.add(holder);
			countLoads(placing, holder, loads);
		}
		Map<Long, Long> created = insertNew(placings, holders, at);
		updateLive(placings, holders, at);
		adjustLoads(loads);
		List<AssignmentChange> changes = new ArrayList<>();
		List<OutOfHours> outOfHours = new ArrayList<>();
		for (int i = 0; i < placings.size(); i++) {
			Placing placing = placings.get(i);
			Holder holder = holders.get(i);
			if (holder.outOfHoursReply() != null) {
				outOfHours.add(new OutOfHours(placing, holder.outOfHoursReply()));
			}
			if (holder.status() == null) {
				continue;
			}
			LiveRow live = placing.live();
			Assignee before = live == null ? Assignee.NOBODY : new Assignee(live.agentId(), live.teamId());
			long conversation = live == null ? created.get(placing.contact().id()) : live.id();
			MoveReason reason = placing.placement() instanceof Placement.ToTeam toTeam ? toTeam.reason() : null;
			changes.add(new AssignmentChange(placing.contact().orgId(), placing.contact().id(), conversation,
					AssignmentLogEntry.Kind.ASSIGNEE, before, new Assignee(holder.agentId(), holder.teamId()),
					placing.source(), placing.actor(), at, reason));
		}
		return new Placed(changes, outOfHours);
	}

	/** The changes of assignee for the log, and what new conversations' contacts are told because their team is closed. */
	record Placed(List<AssignmentChange> changes, List<OutOfHours> outOfHours) {
	}

	/**
	 * A conversation queued in a team outside its hours, and what the team tells its contact. A
	 * conversation is placed in a team when it opens (or a binding code moves it), so this is once per conversation.
	 */
	record OutOfHours(Placing placing, String text) {
	}

	/**
	 * A bound agent takes a slot unless they hold the conversation already; routing took its picks'
	 * slots itself. Whoever held the conversation before gives theirs back.
	 */
	private static void countLoads(Placing placing, Holder holder, Map<Long, Integer> loads) {
		if (holder.status() == null) {
			return;
		}
		LiveRow live = placing.live();
		boolean sameAgent = live != null && holder.agentId() != null && live.assignedTo(holder.agentId());
		if (placing.placement() instanceof Placement.ToAgent && sameAgent) {
			return;
		}
		if (placing.placement() instanceof Placement.ToAgent) {
			loads.merge(holder.agentId(), 1, Integer::sum);
		}
		if (live != null && "ASSIGNED".equals(live.status()) && live.agentId() != null) {
			loads.merge(live.agentId(), -1, Integer::sum);
		}
	}

	private static Holder fromRouting(long team, Routed routed) {
		if (routed instanceof Routed.Taken taken) {
			return new Holder("ASSIGNED", taken.agentId(), team, null, null, true, taken.answerDue());
		}
		if (routed instanceof Routed.Waiting waiting) {
			return new Holder("QUEUED", null, team, waiting.deadline(), waiting.outOfHoursReply(), false, null);
		}
		return Holder.UNCHANGED;
	}

	/** New conversations, inserted as they end up; answers each one's id by its contact. */
	private Map<Long, Long> insertNew(List<Placing> placings, List<Holder> holders, Instant at) {
		List<Integer> fresh = new ArrayList<>();
		for (int i = 0; i < placings.size(); i++) {
			if (placings.get(i).live() == null) {
				fresh.add(i);
			}
		}
		Map<Long, Long> created = new HashMap<>();
		if (fresh.isEmpty()) {
			return created;
		}
		int n = fresh.size();
		Long[] orgs = new Long[n];
		Long[] channels = new Long[n];
		Long[] contacts = new Long[n];
		String[] statuses = new String[n];
		Long[] agents = new Long[n];
		Long[] teams = new Long[n];
		String[] deadlines = new String[n];
		Boolean[] routed = new Boolean[n];
		String[] answerDue = new String[n];
		for (int k = 0; k < n; k++) {
			Placing placing = placings.get(fresh.get(k));
			Holder holder = holders.get(fresh.get(k));
			orgs[k] = placing.contact().orgId();
			channels[k] = placing.contact().channelId();
			contacts[k] = placing.contact().id();
			statuses[k] = holder.status() == null ? "UNASSIGNED" : holder.status();
			agents[k] = holder.agentId();
			teams[k] = holder.teamId();
			deadlines[k] = holder.deadline() == null ? null : holder.deadline().toString();
			routed[k] = holder.routed();
			answerDue[k] = holder.answerDue() == null ? null : holder.answerDue().toString();
		}
		db.sql("""
				insert into conversation (org_id, channel_id, contact_id, status, agent_id, team_id, queued_since,
				                          queue_deadline, assigned_at, opened_at, routed, in_team_since, answer_due_at)
				select c.org_id, c.channel_id, c.contact_id, c.status, c.agent_id, c.team_id,
				       case when c.status = 'QUEUED' then :at end, c.deadline,
				       case when c.status = 'ASSIGNED' then :at end, :at,
				       c.routed, case when c.routed or c.status = 'QUEUED' then :at end, c.answer_due
				from unnest(:orgs::bigint[], :channels::bigint[], :contacts::bigint[], :statuses::text[],
				            :agents::bigint[], :teams::bigint[], :deadlines::text[]::timestamptz[], :routed::boolean[],
				            :answerDue::text[]::timestamptz[])
				     as c(org_id, channel_id, contact_id, status, agent_id, team_id, deadline, routed, answer_due)
				returning id, contact_id""")
			.param("orgs", orgs)
			.param("channels", channels)
			.param("contacts", contacts)
			.param("statuses", statuses)
			.param("agents", agents)
			.param("teams", teams)
			.param("deadlines", deadlines)
			.param("routed", routed)
			.param("answerDue", answerDue)
			.param("at", at(at))
			.query((row, number) -> Map.entry(row.getLong("contact_id"), row.getLong("id")))
			.list()
			.forEach(entry -> created.put(entry.getKey(), entry.getValue()));
		return created;
	}

	/**
	 * Live conversations given to an agent or queued. An assignment ends any wait and remembers how
	 * long it was; a queue keeps when the conversation was last assigned.
	 */
	private void updateLive(List<Placing> placings, List<Holder> holders, Instant at) {
		List<Integer> moved = new ArrayList<>();
		for (int i = 0; i < placings.size(); i++) {
			if (placings.get(i).live() != null && holders.get(i).status() != null) {
				moved.add(i);
			}
		}
		if (moved.isEmpty()) {
			return;
		}
		int n = moved.size();
		Long[] ids = new Long[n];
		String[] statuses = new String[n];
		Long[] agents = new Long[n];
		Long[] teams = new Long[n];
		String[] deadlines = new String[n];
		Boolean[] routed = new Boolean[n];
		String[] answerDue = new String[n];
		for (int k = 0; k < n; k++) {
			LiveRow live = placings.get(moved.get(k)).live();
			Holder holder = holders.get(moved.get(k));
			ids[k] = live.id();
			statuses[k] = holder.status();
			agents[k] = holder.agentId();
			teams[k] = holder.teamId();
			deadlines[k] = holder.deadline() == null ? null : holder.deadline().toString();
			routed[k] = holder.routed();
			answerDue[k] = holder.answerDue() == null ? null : holder.answerDue().toString();
		}
		db.sql("""
				update conversation c set
				    routed = m.routed, answer_due_at = m.answer_due,
				    in_team_since = case when m.routed or m.status = 'QUEUED' then :at end,
				    status = m.status, agent_id = m.agent_id, team_id = m.team_id,
				    queue_wait_ms = case when m.status = 'QUEUED' then c.queue_wait_ms
				                         when c.status = 'QUEUED' and c.queued_since is not null
				                         then greatest(0, (extract(epoch from (:at::timestamptz - c.queued_since)) * 1000)::bigint)
				                    end,
				    queued_since = case when m.status = 'QUEUED' then :at end,
				    queue_deadline = m.deadline,
				    assigned_at = case when m.status = 'ASSIGNED' then :at else c.assigned_at end,
				    first_replied_at = case when m.status = 'ASSIGNED' and m.agent_id = c.agent_id
				                            then c.first_replied_at end
				from unnest(:ids::bigint[], :statuses::text[], :agents::bigint[], :teams::bigint[],
				            :deadlines::text[]::timestamptz[], :routed::boolean[], :answerDue::text[]::timestamptz[])
				     as m(id, status, agent_id, team_id, deadline, routed, answer_due)
				where c.id = m.id""")
			.param("ids", ids)
			.param("statuses", statuses)
			.param("agents", agents)
			.param("teams", teams)
			.param("deadlines", deadlines)
			.param("routed", routed)
			.param("answerDue", answerDue)
			.param("at", at(at))
			.update();
	}

	/** Bound agents' and released agents' loads, on the agent and every membership; released agents' teams may take work. */
	private void adjustLoads(Map<Long, Integer> loads) {
		loads.values().removeIf(delta -> delta == 0);
		if (loads.isEmpty()) {
			return;
		}
		Long[] agents = loads.keySet().toArray(Long[]::new);
		Integer[] deltas = loads.values().toArray(Integer[]::new);
		db.sql("""
				update agent a set open_conversations = greatest(a.open_conversations + d.delta, 0)
				from unnest(:agents::bigint[], :deltas::int[]) as d(id, delta) where a.id = d.id""")
			.param("agents", agents)
			.param("deltas", deltas)
			.update();
		db.sql("""
				update team_member m set open_conversations = m.open_conversations + d.delta
				from unnest(:agents::bigint[], :deltas::int[]) as d(agent_id, delta) where m.agent_id = d.agent_id""")
			.param("agents", agents)
			.param("deltas", deltas)
			.update();
		Long[] released = loads.entrySet().stream().filter(load -> load.getValue() < 0).map(Map.Entry::getKey)
			.toArray(Long[]::new);
		if (released.length > 0) {
			Set<Long> teams = Set.copyOf(db.sql("select distinct team_id from team_member where agent_id = any (:agents::bigint[])")
				.param("agents", released)
				.query(Long.class)
				.list());
			publisher.publishEvent(new TeamsMayTakeWork(teams));
		}
	}

	/** Who holds a conversation after its placement; a null status means it stays as it was. */
	private record Holder(@Nullable String status, @Nullable Long agentId, @Nullable Long teamId,
			@Nullable Instant deadline, @Nullable String outOfHoursReply, boolean routed, @Nullable Instant answerDue) {

		static final Holder UNCHANGED = new Holder(null, null, null, null, null, false, null);

		/** Given to an agent, not by a team's routing: a bound contact's. */
		static Holder assigned(long agent, @Nullable Long team) {
			return new Holder("ASSIGNED", agent, team, null, null, false, null);
		}
	}
}
