package dev.tether.persistence;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;

import static dev.tether.persistence.sql.SqlValues.at;

/** Rows a persistence test starts from, written straight into the tables they live in. */
public final class Rows {

	private final JdbcClient db;

	public Rows(JdbcClient db) {
		this.db = db;
	}

	public long anOrg() {
		return db.sql("insert into org (name, timezone) values ('Acme', 'Asia/Tokyo') returning id")
			.query(Long.class)
			.single();
	}

	public long aChannel(long org) {
		return db.sql("""
				insert into channel (org_id, name, basic_id, channel_secret, channel_access_token, binding_key)
				values (:org, 'Acme LINE', '@acme', 'secret', 'token', '\\x00112233445566778899aabbccddeeff')
				returning id""").param("org", org).query(Long.class).single();
	}

	public long anAgent(long org, @Nullable Integer maxOpenContacts, int openConversations) {
		return db.sql("""
				insert into agent (org_id, email, name, role, max_open_contacts, open_conversations)
				values (:org, gen_random_uuid() || '@acme.jp', 'Aoi', 'AGENT', :cap, :open)
				returning id""").param("org", org).param("cap", maxOpenContacts).param("open", openConversations)
			.query(Long.class)
			.single();
	}

	public long aTeam(long org) {
		return db.sql("insert into team (org_id, name, strategy) values (:org, 'Sales', 'ROUND_ROBIN') returning id")
			.param("org", org)
			.query(Long.class)
			.single();
	}

	public long aContact(long org, long channel) {
		return db.sql("""
				insert into contact (org_id, channel_id, line_user_id)
				values (:org, :channel, 'U' || replace(gen_random_uuid()::text, '-', '')) returning id""")
			.param("org", org)
			.param("channel", channel)
			.query(Long.class)
			.single();
	}

	/** A conversation of {@code contact} waiting in {@code team}'s queue since {@code since}. */
	public long aQueuedConversation(long org, long channel, long contact, long team, Instant since) {
		return db.sql("""
				insert into conversation (org_id, channel_id, contact_id, status, team_id, queued_since, opened_at,
				                          queue_deadline)
				values (:org, :channel, :contact, 'QUEUED', :team, :since, :since, :since::timestamptz + interval '7 days')
				returning id""")
			.param("org", org)
			.param("channel", channel)
			.param("contact", contact)
			.param("team", team)
			.param("since", at(since))
			.query(Long.class)
			.single();
	}

	/** Until another transaction waits for a row lock: a second taker has reached the first one's row. */
	public void awaitALockWait() {
		long until = System.nanoTime() + 10_000_000_000L;
		while (db.sql("select count(*) from pg_stat_activity where wait_event_type = 'Lock'")
			.query(Long.class)
			.single() == 0) {
			if (System.nanoTime() > until) {
				throw new AssertionError("no transaction came to wait for the lock");
			}
			Thread.onSpinWait();
		}
	}
}
