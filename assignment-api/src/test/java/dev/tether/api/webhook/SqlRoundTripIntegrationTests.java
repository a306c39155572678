package dev.tether.api.webhook;

import java.util.List;
import java.util.Map;

import dev.tether.api.support.IntegrationTest;
import dev.tether.api.support.OrgFixture;
import dev.tether.api.support.OrgFixture.ChannelRef;
import dev.tether.api.support.TetherClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static dev.tether.api.support.LineWebhook.aLineUserId;
import static dev.tether.api.support.LineWebhook.text;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The webhook's round trips to PostgreSQL per event, storing and processing it, are fixed: they do
 * not grow with the agents, teams, contacts, bindings or events an org has; and events that share
 * a batch share its statements.
 */
class SqlRoundTripIntegrationTests extends IntegrationTest {

	private static final long AT_MOST_PER_EVENT = 40;

	private OrgFixture org;

	private ChannelRef channel;

	private String alice;

	private String sales;

	@BeforeEach
	void aSmallOrgThatHasSeenOneCustomer() {
		org = anOrg();
		channel = org.aChannel();
		alice = org.anAgent("Alice Chen");
		sales = org.aTeam("Sales", org.anAgent("Bob Sato"));
		String first = aLineUserId();
		delivered(text(first, org.bindingMessageFor(channel, alice)));
		delivered(text(first, "Hello again"));
	}

	@Test
	void theWebhookMakesAsManyStatementsPerEventWhateverTheSizeOfTheTables() {
		Costs small = costsOfFreshEvents();

		grow();
		Costs grown = costsOfFreshEvents();

		assertThat(grown).isEqualTo(small);
		assertThat(small.agentBinding()).isBetween(1L, AT_MOST_PER_EVENT);
		assertThat(small.teamBinding()).isBetween(1L, AT_MOST_PER_EVENT);
		assertThat(small.message()).isBetween(1L, AT_MOST_PER_EVENT);
	}

	@Test
	void twoEventsInOneRequestCostAtMostTwiceOne() {
		long one = statementsFor(text(aLineUserId(), org.bindingMessageFor(channel, alice)));
		Map<String, Object> first = text(aLineUserId(), org.bindingMessageFor(channel, alice));
		Map<String, Object> second = text(aLineUserId(), org.bindingMessageFor(channel, alice));

		long two = sqlStatements.countDuring(() -> delivered(first, second));

		assertThat(two).isLessThanOrEqualTo(2 * one);
		assertThat(List.of(first, second)).allSatisfy(event -> assertThat(org
			.contact(channel, (String) ((Map<?, ?>) event.get("source")).get("userId"))
			.json()
			.path("binding")
			.path("agentId")
			.asString()).isEqualTo(alice));
	}

	/** Statements for a new contact's agent code, a new contact's team code, and a known contact's message. */
	private Costs costsOfFreshEvents() {
		String customer = aLineUserId();
		long agentBinding = statementsFor(text(customer, org.bindingMessageFor(channel, alice)));
		long teamBinding = statementsFor(text(aLineUserId(), org.aBindingCode(channel, null, sales).field("message")));
		long message = statementsFor(text(customer, "When will my order arrive?"));
		assertThat(org.contact(channel, customer).json().path("binding").path("agentId").asString()).isEqualTo(alice);
		return new Costs(agentBinding, teamBinding, message);
	}

	private long statementsFor(Map<String, Object> event) {
		return sqlStatements.countDuring(() -> delivered(event));
	}

	@SafeVarargs
	private void delivered(Map<String, Object>... events) {
		TetherClient.Response answer = webhookOf(channel).deliver(events);
		assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
	}

	/**
	 * 300 agents in 30 teams (Alice and all of them in Sales too), 500 contacts bound, with open
	 * conversations, log entries, processed events and replies, a quarter of them Alice's; a code per agent.
	 */
	private void grow() {
		long orgId = Long.parseLong(org.id());
		long channelId = Long.parseLong(channel.id());
		Map<String, Object> ids = Map.of("org", orgId, "channel", channelId, "alice", Long.parseLong(alice), "sales",
				Long.parseLong(sales));
		update(ids, """
				insert into agent (org_id, email, name, role)
				select :org, 'grown-' || g || '@brand.test', 'Grown Agent ' || g, 'AGENT' from generate_series(1, 300) g""");
		update(ids, """
				insert into team (org_id, name, strategy)
				select :org, 'Grown Team ' || g, 'ROUND_ROBIN' from generate_series(1, 30) g""");
		update(ids, """
				insert into team_member (team_id, agent_id, position)
				select t.id, a.id, row_number() over (partition by t.id order by a.id)
				from team t join agent a on a.org_id = t.org_id and (a.id % 30 = t.id % 30 or a.id = :alice)
				where t.org_id = :org and t.name like 'Grown Team %'""");
		update(ids, """
				insert into team_member (team_id, agent_id, position)
				select :sales, a.id, 1000 + a.id from agent a
				where a.org_id = :org
				  and not exists (select 1 from team_member m where m.team_id = :sales and m.agent_id = a.id)""");
		update(ids, """
				insert into binding_code (org_id, channel_id, agent_id, code)
				select :org, :channel, a.id, 'TBGROWNA' || lpad(a.id::text, 14, '0') from agent a where a.org_id = :org""");
		update(ids, """
				insert into binding_code (org_id, channel_id, team_id, code)
				select :org, :channel, t.id, 'TBGROWNT' || lpad(t.id::text, 14, '0') from team t where t.org_id = :org""");
		update(ids, """
				insert into contact (org_id, channel_id, line_user_id, created_at)
				select :org, :channel, 'Ugrown' || lpad(g::text, 27, '0'), now() from generate_series(1, 500) g""");
		update(ids, """
				insert into binding (contact_id, org_id, agent_id, mode, source, since)
				select c.id, :org, case when c.id % 4 = 0 then :alice
				  else (select a.id from agent a where a.org_id = :org order by a.id offset c.id % 300 limit 1) end,
				  'PERMANENT', 'QR', now()
				from contact c where c.channel_id = :channel and c.line_user_id like 'Ugrown%'""");
		update(ids, """
				insert into conversation (org_id, channel_id, contact_id, status, agent_id, opened_at)
				select :org, :channel, b.contact_id, 'ASSIGNED', b.agent_id, now()
				from binding b join contact c on c.id = b.contact_id
				where c.channel_id = :channel and c.line_user_id like 'Ugrown%'""");
		update(ids, """
				insert into assignment_log (org_id, contact_id, conversation_id, kind, to_agent_id, source, actor, occurred_at)
				select :org, v.contact_id, v.id, kind, v.agent_id, 'QR', 'grown', now()
				from conversation v join contact c on c.id = v.contact_id,
				  (values ('BINDING'), ('ASSIGNEE')) as kinds (kind)
				where c.channel_id = :channel and c.line_user_id like 'Ugrown%'""");
		update(ids, """
				insert into line_event (channel_id, webhook_event_id, type, payload, received_at, processed_at)
				select :channel, 'grown-' || c.id, 'message', '{}', now(), now()
				from contact c where c.channel_id = :channel and c.line_user_id like 'Ugrown%'""");
		update(ids, """
				insert into line_reply (org_id, channel_id, contact_id, line_event_id, reply_token, text, status,
				  attempts, last_status_code, next_attempt_at, expires_at, created_at, sent_at)
				select :org, :channel, c.id, e.id, 'grown' || c.id, 'You have successfully bound to: someone', 'SENT',
				  1, 200, now(), now(), now(), now()
				from contact c join line_event e on e.channel_id = c.channel_id and e.webhook_event_id = 'grown-' || c.id
				where c.channel_id = :channel""");
		assertThat(db.sql("select count(*) from binding where org_id = :org and agent_id = :alice")
			.param("org", orgId)
			.param("alice", Long.parseLong(alice))
			.query(Long.class)
			.single()).isGreaterThanOrEqualTo(100);
	}

	private void update(Map<String, Object> ids, String sql) {
		var statement = db.sql(sql);
		for (Map.Entry<String, Object> id : ids.entrySet()) {
			if (sql.contains(":" + id.getKey())) {
				statement = statement.param(id.getKey(), id.getValue());
			}
		}
		assertThat(statement.update()).as(sql).isPositive();
	}

	private record Costs(long agentBinding, long teamBinding, long message) {
	}
}
