package dev.tether.persistence.log;

import java.time.Instant;
import java.util.List;

import dev.tether.persistence.event.EventBatch;
import dev.tether.persistence.event.NewEvent;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import static dev.tether.persistence.sql.SqlValues.texts;

/**
 * Writes changes to the assignment log and announces each as {@code assignment.changed}, one
 * change or a whole batch of them with one statement for the log and one for the events.
 */
@Component
public class AssignmentRecorder {

	private final JdbcClient db;

	private final EventBatch events;

	AssignmentRecorder(JdbcClient db, EventBatch events) {
		this.db = db;
		this.events = events;
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public void record(long orgId, long contactId, @Nullable Long conversationId, AssignmentLogEntry.Kind kind,
			Assignee from, Assignee to, ChangeSource source, String actor, Instant at) {
		recordAll(List.of(new AssignmentChange(orgId, contactId, conversationId, kind, from, to, source, actor, at)));
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public void recordAll(List<AssignmentChange> all) {
		List<AssignmentChange> changes = all.stream().filter(AssignmentChange::changes).toList();
		if (changes.isEmpty()) {
			return;
		}
		int n = changes.size();
		Long[] orgs = new Long[n];
		Long[] contacts = new Long[n];
		Long[] conversations = new Long[n];
		String[] kinds = new String[n];
		Long[] fromAgents = new Long[n];
		Long[] fromTeams = new Long[n];
		Long[] toAgents = new Long[n];
		Long[] toTeams = new Long[n];
		String[] sources = new String[n];
		String[] actors = new String[n];
		Instant[] times = new Instant[n];
		String[] reasons = new String[n];
		for (int i = 0; i < n; i++) {
			AssignmentChange change = changes.get(i);
			orgs[i] = change.orgId();
			contacts[i] = change.contactId();
			conversations[i] = change.conversationId();
			kinds[i] = change.kind().name();
			fromAgents[i] = change.from().agentId();
			fromTeams[i] = change.from().teamId();
			toAgents[i] = change.to().agentId();
			toTeams[i] = change.to().teamId();
			sources[i] = change.source().name();
			actors[i] = change.actor();
			times[i] = change.at();
			reasons[i] = change.reason() == null ? null : change.reason().name();
		}
		db.sql("""
				insert into assignment_log (org_id, contact_id, conversation_id, kind, from_agent_id, from_team_id,
				                            to_agent_id, to_team_id, source, actor, occurred_at, reason)
				select * from unnest(:orgs::bigint[], :contacts::bigint[], :conversations::bigint[], :kinds::text[],
				                     :fromAgents::bigint[], :fromTeams::bigint[], :toAgents::bigint[], :toTeams::bigint[],
				                     :sources::text[], :actors::text[], :times::text[]::timestamptz[], :reasons::text[])""")
			.param("orgs", orgs)
			.param("contacts", contacts)
			.param("conversations", conversations)
			.param("kinds", kinds)
			.param("fromAgents", fromAgents)
			.param("fromTeams", fromTeams)
			.param("toAgents", toAgents)
			.param("toTeams", toTeams)
			.param("sources", sources)
			.param("actors", actors)
			.param("times", texts(times))
			.param("reasons", reasons)
			.update();
		events.record(changes.stream()
			.map(change -> NewEvent.of(change.orgId(), change.announced(), change.at()))
			.toList());
	}
}
