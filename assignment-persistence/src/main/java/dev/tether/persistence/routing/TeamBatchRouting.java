package dev.tether.persistence.routing;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.tether.core.routing.Candidate;
import dev.tether.core.routing.LeaveRule;
import dev.tether.core.routing.OnAgentLeave;
import dev.tether.core.routing.Router;
import dev.tether.core.routing.RoutingDecision;
import dev.tether.core.routing.RoutingRule;
import dev.tether.core.routing.SortKey;
import dev.tether.core.routing.Strategy;
import dev.tether.core.routing.UnansweredRule;
import dev.tether.core.schedule.Availability;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Routes many new conversations at once, team by team, with the guarantees of routing one: each
 * team's row lock (taken for all teams in one statement, in id order) serialises its decisions on
 * every instance; core's router decides them one after the other over the first eligible members
 * by the strategy's order; capacity is taken for all picks of a team with one conditional update,
 * and a member another team filled in the meantime is left out and their conversations decided
 * again. What this returns is what to do with each conversation; the caller writes the
 * conversations, their log and their events.
 */
@Component
public class TeamBatchRouting {

	/** Rounds of deciding again for picks whose capacity another team took first. */
	private static final int ROUNDS = 3;

	private final JdbcClient db;

	private final CandidateWindow candidates;

	private final Router router;

	TeamBatchRouting(JdbcClient db, CandidateWindow candidates, Router router) {
		this.db = db;
		this.candidates = candidates;
		this.router = router;
	}

	/**
	 * For each team, in the order its conversations were asked for, what becomes of them.
	 *
	 * @param conversations how many conversations each team is asked to take
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public Map<Long, List<Routed>> route(Map<Long, Integer> conversations, Instant at) {
		Map<Long, List<Routed>> routed = new HashMap<>();
		if (conversations.isEmpty()) {
			return routed;
		}
		Map<Long, TeamState> teams = lock(conversations.keySet());
		List<MemberTurn> turns = new ArrayList<>();
		Map<Long, Integer> taken = new LinkedHashMap<>();
		for (Map.Entry<Long, Integer> asked : conversations.entrySet()) {
			TeamState team = teams.get(asked.getKey());
			routed.put(asked.getKey(), team == null || !team.takesConversations()
					? nTimes(new Routed.Refused(), asked.getValue())
					: decide(team, asked.getValue(), at, turns, taken));
		}
		write(turns, taken);
		return routed;
	}

	private List<Routed> decide(TeamState team, int count, Instant at, List<MemberTurn> turns, Map<Long, Integer> taken) {
		if (!team.hours().openAt(at)) {
			return nTimes(new Routed.Waiting(at.plus(team.queueTimeout()), team.outOfHoursReply()), count);
		}
		Routed waiting = new Routed.Waiting(at.plus(team.queueTimeout()), null);
		if (team.rule().strategy() == Strategy.MANUAL) {
			return nTimes(waiting, count);
		}
		List<SortKey> order = router.orderOf(team.rule().strategy());
		Integer cap = team.rule().maxOpenContacts();
		List<Routed> outcomes = new ArrayList<>(nTimes(waiting, count));
		List<Integer> open = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			open.add(i);
		}
		Set<Long> full = new HashSet<>();
		long turn = team.turn();
		for (int round = 0; round < ROUNDS && !open.isEmpty(); round++) {
			List<Candidate> window = candidates.ofTeam(team.id(), team.rule(), order, at,
					open.size(), full);
			List<RoutingDecision> decisions = router.routeEach(team.rule(), window, open.size(), turn);
			Map<Long, Integer> wanted = new LinkedHashMap<>();
			decisions.stream()
				.filter(RoutingDecision.Assigned.class::isInstance)
				.forEach(decision -> wanted.merge(((RoutingDecision.Assigned) decision).agent().value(), 1, Integer::sum));
			Set<Long> got = takeSlots(wanted, cap == null ? Assignments.NO_TEAM_CAP : cap);
			List<Integer> again = new ArrayList<>();
			for (int i = 0; i < decisions.size(); i++) {
				if (!(decisions.get(i) instanceof RoutingDecision.Assigned assigned)) {
					continue;
				}
				turn++;
				long agent = assigned.agent().value();
				if (got.contains(agent)) {
					outcomes.set(open.get(i), new Routed.Taken(agent, team.unanswered().answerDue(at, false)));
					turns.add(new MemberTurn(team.id(), agent, turn));
				}
				else {
					again.add(open.get(i));
				}
			}
			got.forEach(agent -> taken.merge(agent, wanted.get(agent), Integer::sum));
			wanted.keySet().stream().filter(agent -> !got.contains(agent)).forEach(full::add);
			open = again;
		}
		turns.add(new MemberTurn(team.id(), null, turn));
		return outcomes;
	}

	private Map<Long, TeamState> lock(Set<Long> ids) {
		Map<Long, TeamState> teams = new HashMap<>();
		db.sql("""
				select t.id, t.active, t.strategy, t.online_only, t.max_open_contacts, t.queue_timeout_seconds,
				       t.turn_counter, t.schedule_open, t.schedule_changes_at, t.out_of_hours_reply,
				       t.unanswered_transfer_seconds, t.on_agent_leave, t.leave_grace_seconds,
				       exists (select 1 from team_member m join agent a on a.id = m.agent_id
				               where m.team_id = t.id and a.active) as has_active_member
				from team t where t.id = any (:ids::bigint[])
				order by t.id
				for update of t""")
			.param("ids", ids.toArray(Long[]::new))
			.query((row, number) -> {
				Number cap = (Number) row.getObject("max_open_contacts");
				Timestamp hoursChange = row.getTimestamp("schedule_changes_at");
				Number transferSeconds = (Number) row.getObject("unanswered_transfer_seconds");
				return new TeamState(row.getLong("id"), row.getBoolean("active") && row.getBoolean("has_active_member"),
						new LeaveRule(OnAgentLeave.valueOf(row.getString("on_agent_leave")),
								Duration.ofSeconds(row.getInt("leave_grace_seconds")))
							.applyTo(new RoutingRule(Strategy.valueOf(row.getString("strategy")),
									row.getBoolean("online_only"), cap == null ? null : cap.intValue())),
						Duration.ofSeconds(row.getInt("queue_timeout_seconds")), row.getLong("turn_counter"),
						new Availability(row.getBoolean("schedule_open"),
								hoursChange == null ? null : hoursChange.toInstant()),
						row.getString("out_of_hours_reply"), new UnansweredRule(transferSeconds == null ? null
								: Duration.ofSeconds(transferSeconds.longValue())));
			})
			.list()
			.forEach(team -> teams.put(team.id(), team));
		return teams;
	}

	/** Takes {@code count} slots of each agent below the caps, or none of theirs; answers who had room. */
	private Set<Long> takeSlots(Map<Long, Integer> wanted, int teamCap) {
		if (wanted.isEmpty()) {
			return Set.of();
		}
		return new HashSet<>(db.sql("""
				update agent a set open_conversations = a.open_conversations + t.n
				from unnest(:agents::bigint[], :counts::int[]) as t(id, n)
				where a.id = t.id and a.active
				  and a.open_conversations + t.n <= least(:teamCap, coalesce(a.max_open_contacts, 2147483647))
				returning a.id""")
			.param("agents", wanted.keySet().toArray(Long[]::new))
			.param("counts", wanted.values().toArray(Integer[]::new))
			.param("teamCap", teamCap)
			.query(Long.class)
			.list());
	}

	/**
	 * Every membership's copy of the taken loads, each pick's turn, and each team's latest turn. A
	 * membership's load and turn change in one statement: every update of a row indexed on both is a
	 * new row version in every index, and for a large team that churn is what PostgreSQL spends on.
	 */
	private void write(List<MemberTurn> turns, Map<Long, Integer> taken) {
		List<MemberTurn> picks = turns.stream().filter(turn -> turn.agentId() != null).toList();
		if (!taken.isEmpty()) {
			db.sql("""
					update team_member m set open_conversations = m.open_conversations + t.n,
					    last_turn = coalesce((select max(p.turn)
					                          from unnest(:teams::bigint[], :picked::bigint[], :turns::bigint[])
					                               as p(team_id, agent_id, turn)
					                          where p.team_id = m.team_id and p.agent_id = m.agent_id), m.last_turn)
					from unnest(:agents::bigint[], :counts::int[]) as t(agent_id, n)
					where m.agent_id = t.agent_id""")
				.param("agents", taken.keySet().toArray(Long[]::new))
				.param("counts", taken.values().toArray(Integer[]::new))
				.param("teams", picks.stream().map(MemberTurn::teamId).toArray(Long[]::new))
				.param("picked", picks.stream().map(MemberTurn::agentId).toArray(Long[]::new))
				.param("turns", picks.stream().map(MemberTurn::turn).toArray(Long[]::new))
				.update();
		}
		List<MemberTurn> latest = turns.stream().filter(turn -> turn.agentId() == null).toList();
		if (!latest.isEmpty()) {
			db.sql("""
					update team t set turn_counter = greatest(t.turn_counter, l.turn)
					from unnest(:teams::bigint[], :turns::bigint[]) as l(id, turn)
					where t.id = l.id""")
				.param("teams", latest.stream().map(MemberTurn::teamId).toArray(Long[]::new))
				.param("turns", latest.stream().map(MemberTurn::turn).toArray(Long[]::new))
				.update();
		}
	}

	private static List<Routed> nTimes(Routed routed, int count) {
		List<Routed> all = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			all.add(routed);
		}
		return all;
	}

	/** What becomes of one conversation asked of a team. */
	public sealed interface Routed {

		/** The agent took it (their capacity is already taken) and must answer by {@code answerDue}, if the team says so. */
		record Taken(long agentId, @Nullable Instant answerDue) implements Routed {
		}

		/**
		 * Nobody may take it now: it waits in the team's queue until {@code deadline}. When the team
		 * is outside its hours, {@code outOfHoursReply} is what the contact is told (if the team says anything).
		 */
		record Waiting(Instant deadline, @Nullable String outOfHoursReply) implements Routed {
		}

		/** The team is deleted or has no active member: the conversation stays as it was. */
		record Refused() implements Routed {
		}
	}

	/** A team as its lock holder sees it. */
	private record TeamState(long id, boolean takesConversations, RoutingRule rule, Duration queueTimeout, long turn,
			Availability hours, @Nullable String outOfHoursReply, UnansweredRule unanswered) {
	}

	/** A pick's turn in its team; without an agent, the team's latest turn. */
	private record MemberTurn(long teamId, Long agentId, long turn) {
	}
}
