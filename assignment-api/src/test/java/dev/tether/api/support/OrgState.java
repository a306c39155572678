package dev.tether.api.support;

import java.util.List;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Everything a request could change in one org, read straight from the database as one digest,
 * so a test can show that a refused request changed nothing. Work that happens on its own after
 * a commit (reply and event delivery, queue timeouts) is left out: it is not the request's doing.
 */
public final class OrgState {

	/** One query per table, each listing the org's rows in a stable order. */
	private static final List<String> TABLES = List.of(
			"select o.id, o.name, o.timezone, o.assignment_mode, o.auto_tags, o.default_team_id from org o where o.id = :org",
			"select t.* from agent t where t.org_id = :org order by t.id",
			"select t.* from team t where t.org_id = :org order by t.id",
			"select m.* from team_member m join team t on t.id = m.team_id where t.org_id = :org order by m.team_id, m.agent_id",
			"select t.id, t.name, t.role, t.agent_id, t.revoked_at from api_token t where t.org_id = :org order by t.id",
			"select t.id, t.name, t.basic_id from channel t where t.org_id = :org order by t.id",
			"select t.id, t.agent_id, t.team_id, t.revoked_at from binding_code t where t.org_id = :org order by t.id",
			"select t.id, t.line_user_id, t.tags from contact t where t.org_id = :org order by t.id",
			"select t.* from binding t where t.org_id = :org order by t.contact_id",
			"select t.id, t.contact_id from conversation t where t.org_id = :org order by t.id",
			"select t.id, t.kind, t.to_agent_id, t.to_team_id, t.source from assignment_log t where t.org_id = :org and t.source <> 'TIMEOUT' order by t.id",
			"select t.id, t.type from outbound_event t where t.org_id = :org and t.type <> 'queue.timed_out' and t.data not like '%TIMEOUT%' order by t.occurred_at, t.id",
			"select t.id, t.url, t.types, t.active from event_subscription t where t.org_id = :org order by t.id",
			"select e.id from line_event e join channel c on c.id = e.channel_id where c.org_id = :org order by e.id");

	private OrgState() {
	}

	public static String of(JdbcClient db, String orgId) {
		String digests = TABLES.stream()
			.map(table -> "(select coalesce(md5(string_agg(r::text, '|')), '-') from (" + table + ") r)")
			.collect(Collectors.joining(", "));
		return db.sql("select concat_ws(';', " + digests + ")")
			.param("org", Long.parseLong(orgId))
			.query(String.class)
			.single();
	}
}
