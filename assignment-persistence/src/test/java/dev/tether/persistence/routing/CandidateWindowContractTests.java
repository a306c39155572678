package dev.tether.persistence.routing;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.random.RandomGenerator;

import dev.tether.core.presence.Presence;
import dev.tether.core.presence.PresenceStatus;
import dev.tether.core.routing.Candidate;
import dev.tether.core.routing.Eligibility;
import dev.tether.core.routing.Router;
import dev.tether.core.routing.RoutingDecision.Assigned;
import dev.tether.core.routing.RoutingRule;
import dev.tether.core.routing.Strategy;
import dev.tether.core.schedule.Availability;
import dev.tether.core.team.AgentId;
import dev.tether.persistence.PersistenceTest;
import dev.tether.persistence.Rows;
import dev.tether.persistence.team.PresenceTtl;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import static dev.tether.persistence.sql.SqlValues.at;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The candidate query executes core's rules in SQL; this holds it to them. For every kind of
 * member (fresh, stale and missing heartbeats, away, offline, deactivated, full by their own cap
 * or the team's, off or on shift by a kept schedule, before and past its next change) and every rule, the query finds exactly the members core's
 * {@link Eligibility#forRule} admits, seen as core sees them, and its first is the one core's
 * strategy picks.
 */
@PersistenceTest
@Import({ CandidateWindow.class, CandidateWindowContractTests.Randomness.class })
class CandidateWindowContractTests {

	private static final Instant NOW = Instant.parse("2026-12-01T09:00:00Z");

	private static final Duration TTL = Duration.ofSeconds(60);

	@Autowired
	private CandidateWindow window;

	@Autowired
	private JdbcClient db;

	private final Router router = new Router(new Random(7));

	private final List<Candidate> members = new ArrayList<>();

	private long team;

	private long org;

	@BeforeEach
	void aTeamWithEveryKindOfMember() {
		Rows rows = new Rows(db);
		org = rows.anOrg();
		team = rows.aTeam(org);
		aMember(true, PresenceStatus.ONLINE, NOW.minusSeconds(5), 0, null, 0);
		aMember(true, PresenceStatus.ONLINE, NOW.minus(TTL), 1, null, 3);
		aMember(true, PresenceStatus.ONLINE, NOW.minus(TTL).minusMillis(1), 0, null, 0);
		aMember(true, PresenceStatus.ONLINE, null, 0, null, 0);
		aMember(true, PresenceStatus.AWAY, NOW, 0, null, 0);
		aMember(true, PresenceStatus.OFFLINE, null, 1, null, 2);
		aMember(false, PresenceStatus.ONLINE, NOW, 0, null, 0);
		aMember(true, PresenceStatus.ONLINE, NOW, 2, 2, 1);
		aMember(true, PresenceStatus.ONLINE, NOW, 1, 3, 7);
		aMember(true, PresenceStatus.OFFLINE, null, 3, null, 4);
		aMember(true, PresenceStatus.ONLINE, NOW, 2, null, 9);
		aMember(true, PresenceStatus.ONLINE, NOW, 0, 0, 0);
		offShift(aMember(true, PresenceStatus.ONLINE, NOW, 0, null, 5), false, null);
		offShift(aMember(true, PresenceStatus.OFFLINE, null, 0, null, 6), false, NOW.plusSeconds(60));
		offShift(aMember(true, PresenceStatus.ONLINE, NOW, 0, null, 8), false, NOW);
		offShift(aMember(true, PresenceStatus.ONLINE, NOW, 0, null, 10), true, NOW);
		offShift(aMember(true, PresenceStatus.ONLINE, NOW, 0, null, 11), true, NOW.plusMillis(1));
	}

	@ParameterizedTest(name = "{0}, online only {1}, team cap {2}")
	@CsvSource(nullValues = "none", value = { "ROUND_ROBIN, false, none", "ROUND_ROBIN, true, none",
			"ROUND_ROBIN, false, 2", "ROUND_ROBIN, true, 2", "LEAST_OPEN, false, none", "LEAST_OPEN, true, none",
			"LEAST_OPEN, false, 2", "LEAST_OPEN, true, 2", "LEAST_OPEN, true, 0" })
	void theQueryFindsTheMembersCoreAdmitsAndPutsCoresPickFirst(Strategy strategy, boolean onlineOnly,
			@Nullable Integer teamCap) {
		RoutingRule rule = new RoutingRule(strategy, onlineOnly, teamCap);
		List<Candidate> admitted = members.stream().filter(Eligibility.forRule(rule)::admits).toList();

		List<Candidate> found = window.ofTeam(team, rule, router.orderOf(strategy), NOW, 100, List.of());

		assertThat(found).containsExactlyInAnyOrderElementsOf(admitted);
		List<Candidate> first = window.ofTeam(team, rule, router.orderOf(strategy), NOW, 1, List.of());
		assertThat(first.stream().map(Candidate::agent).findFirst())
			.isEqualTo(router.route(rule, members) instanceof Assigned assigned ? Optional.of(assigned.agent())
					: Optional.empty());
	}

	private long aMember(boolean active, PresenceStatus declared, @Nullable Instant heartbeat, int open,
			@Nullable Integer capacity, long lastTurn) {
		long position = members.size() + 1;
		long agent = db.sql("""
				insert into agent (org_id, email, name, role, active, presence, last_heartbeat_at, open_conversations,
				                   max_open_contacts)
				values (:org, :email, :email, 'AGENT', :active, :presence, :heartbeat, :open, :capacity)
				returning id""")
			.param("org", org)
			.param("email", "agent" + position + "@acme.jp")
			.param("active", active)
			.param("presence", declared.name())
			.param("heartbeat", at(heartbeat))
			.param("open", open)
			.param("capacity", capacity)
			.query(Long.class)
			.single();
		db.sql("""
				insert into team_member (team_id, agent_id, position, last_turn, open_conversations)
				values (:team, :agent, :position, :lastTurn, :open)""")
			.param("team", team)
			.param("agent", agent)
			.param("position", position)
			.param("lastTurn", lastTurn)
			.param("open", open)
			.update();
		members.add(new Candidate(new AgentId(agent), active, true,
				Presence.recorded(declared, heartbeat).effectiveAt(NOW, TTL), open, capacity, lastTurn, position));
		return agent;
	}

	/** Gives the member a shift kept as {@code open} until {@code changesAt}, as core reads it at NOW. */
	private void offShift(long agent, boolean open, @Nullable Instant changesAt) {
		db.sql("update agent set schedule_open = :open, schedule_changes_at = :changesAt where id = :agent")
			.param("open", open)
			.param("changesAt", at(changesAt))
			.param("agent", agent)
			.update();
		Candidate member = members.remove(members.size() - 1);
		members.add(new Candidate(member.agent(), member.active(), new Availability(open, changesAt).openAt(NOW),
				member.presence(), member.openConversations(), member.agentCapacity(), member.lastTurn(),
				member.position()));
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class Randomness {

		@Bean
		RandomGenerator random() {
			return new Random(7);
		}

		@Bean
		PresenceTtl presenceTtl() {
			return new PresenceTtl(TTL);
		}
	}
}
