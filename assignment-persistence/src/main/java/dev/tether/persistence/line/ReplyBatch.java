package dev.tether.persistence.line;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import static dev.tether.persistence.sql.SqlValues.at;
import static dev.tether.persistence.sql.SqlValues.texts;

/**
 * The reply outbox, many replies at a time. Replies are stored already leased to this instance,
 * so it sends them the moment their transaction commits while no other instance's poll takes them;
 * should it die first, the lease runs out and any instance sends them. A reply token lasts from
 * the event's arrival.
 */
@Component
public class ReplyBatch {

	private final JdbcClient db;

	private final Clock clock;

	private final Duration tokenLifetime;

	ReplyBatch(JdbcClient db, Clock clock, ReplyTokenLifetime tokenLifetime) {
		this.db = db;
		this.clock = clock;
		this.tokenLifetime = tokenLifetime.value();
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public List<LeasedReply> enqueue(List<NewReply> replies) {
		if (replies.isEmpty()) {
			return List.of();
		}
		Instant now = clock.instant();
		int n = replies.size();
		Long[] orgs = new Long[n];
		Long[] channels = new Long[n];
		Long[] contacts = new Long[n];
		Long[] events = new Long[n];
		String[] tokens = new String[n];
		String[] textsOf = new String[n];
		Instant[] expiries = new Instant[n];
		for (int i = 0; i < n; i++) {
			NewReply reply = replies.get(i);
			orgs[i] = reply.orgId();
			channels[i] = reply.channelId();
			contacts[i] = reply.contactId();
			events[i] = reply.lineEventId();
			tokens[i] = reply.replyToken();
			textsOf[i] = reply.text();
			expiries[i] = reply.eventReceivedAt().plus(tokenLifetime);
		}
		Map<Long, Long> ids = new HashMap<>();
		db.sql("""
				insert into line_reply (org_id, channel_id, contact_id, line_event_id, reply_token, text, status, attempts,
				                        next_attempt_at, lease_until, expires_at, created_at)
				select r.org_id, r.channel_id, r.contact_id, r.line_event_id, r.reply_token, r.text, 'PENDING', 1,
				       :now, :leaseUntil, r.expires_at, :now
				from unnest(:orgs::bigint[], :channels::bigint[], :contacts::bigint[], :events::bigint[], :tokens::text[],
				            :texts::text[], :expiries::text[]::timestamptz[])
				     as r(org_id, channel_id, contact_id, line_event_id, reply_token, text, expires_at)
				returning id, line_event_id""")
			.param("orgs", orgs)
			.param("channels", channels)
			.param("contacts", contacts)
			.param("events", events)
			.param("tokens", tokens)
			.param("texts", textsOf)
			.param("expiries", texts(expiries))
			.param("now", at(now))
			.param("leaseUntil", at(now.plus(ReplyOutbox.TABLE.lease())))
			.query((row, number) -> Map.entry(row.getLong("line_event_id"), row.getLong("id")))
			.list()
			.forEach(stored -> ids.put(stored.getKey(), stored.getValue()));
		return replies.stream()
			.map(reply -> new LeasedReply(ids.get(reply.lineEventId()), reply.channelId(), reply.replyToken(),
					reply.text(), reply.eventReceivedAt(), 1))
			.toList();
	}
}
