package dev.tether.persistence.event;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import dev.tether.persistence.event.EventRecorder.DeliveriesQueued;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

import static dev.tether.persistence.sql.SqlValues.at;
import static dev.tether.persistence.sql.SqlValues.texts;

/**
 * Records outbound events in the caller's transaction, however many: one statement stores them
 * and one queues a delivery for every active subscription that wants each event's type.
 */
@Component
public class EventBatch {

	private final JdbcClient db;

	private final ApplicationEventPublisher publisher;

	private final EventRetryPeriod retryFor;

	private final JsonMapper json;

	private final Clock clock;

	EventBatch(JdbcClient db, ApplicationEventPublisher publisher, EventRetryPeriod retryFor, JsonMapper json,
			Clock clock) {
		this.db = db;
		this.publisher = publisher;
		this.retryFor = retryFor;
		this.json = json;
		this.clock = clock;
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public void record(List<NewEvent> events) {
		if (events.isEmpty()) {
			return;
		}
		int n = events.size();
		UUID[] ids = new UUID[n];
		Long[] orgs = new Long[n];
		String[] types = new String[n];
		String[] data = new String[n];
		Instant[] occurred = new Instant[n];
		for (int i = 0; i < n; i++) {
			NewEvent event = events.get(i);
			ids[i] = event.id();
			orgs[i] = event.orgId();
			types[i] = event.data().type().wireName();
			data[i] = json.writeValueAsString(event.data());
			occurred[i] = event.occurredAt();
		}
		db.sql("""
				insert into outbound_event (id, org_id, type, data, occurred_at)
				select * from unnest(:ids::text[]::uuid[], :orgs::bigint[], :types::text[], :data::text[],
				                     :occurred::text[]::timestamptz[])""")
			.param("ids", texts(ids))
			.param("orgs", orgs)
			.param("types", types)
			.param("data", data)
			.param("occurred", texts(occurred))
			.update();
		Instant now = clock.instant();
		int queued = db.sql("""
				insert into event_delivery (subscription_id, event_id, status, next_attempt_at, give_up_at, created_at)
				select s.id, e.id, 'PENDING', :now, :giveUp, :now
				from unnest(:ids::text[]::uuid[], :orgs::bigint[], :types::text[]) as e(id, org_id, type)
				join event_subscription s on s.org_id = e.org_id and s.active and e.type = any (s.types)""")
			.param("ids", texts(ids))
			.param("orgs", orgs)
			.param("types", types)
			.param("now", at(now))
			.param("giveUp", at(now.plus(retryFor.value())))
			.update();
		if (queued > 0) {
			publisher.publishEvent(new DeliveriesQueued());
		}
	}
}
