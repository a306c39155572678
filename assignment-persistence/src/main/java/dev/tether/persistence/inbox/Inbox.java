package dev.tether.persistence.inbox;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import dev.tether.persistence.sql.DatabaseOutage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.stereotype.Component;

import static dev.tether.persistence.sql.SqlValues.at;

/**
 * Where webhooks hand in their events. Requests that arrive together share one transaction: a
 * writer takes what has arrived (waiting {@code linger} for more, up to {@code commitSize}
 * events), stores it with one multi-row insert that skips redeliveries, commits, and only then
 * tells every waiting request that its events are stored. A failed commit fails them all.
 */
@Component
public class Inbox implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(Inbox.class);

	private static final String INSERT = """
			insert into line_event (channel_id, webhook_event_id, type, payload, received_at, skip_reason, event_ts,
			                        action, line_user_id, message_text, reply_token, processed_at)
			select e.channel_id, e.webhook_event_id, e.type, e.payload, :now, e.skip_reason, e.event_ts, e.action,
			       e.line_user_id, e.message_text, e.reply_token, case when e.skip_reason is null then null else :now end
			from unnest(:channels::bigint[], :ids::text[], :types::text[], :payloads::text[], :skips::text[],
			            :timestamps::bigint[], :actions::text[], :users::text[], :texts::text[], :tokens::text[])
			     as e(channel_id, webhook_event_id, type, payload, skip_reason, event_ts, action, line_user_id,
			          message_text, reply_token)
			on conflict (channel_id, webhook_event_id) where webhook_event_id is not null do nothing""";

	private final BlockingQueue<HandedIn> handedIn = new LinkedBlockingQueue<>();

	private final JdbcClient db;

	private final ApplicationEventPublisher publisher;

	private final InboxProperties properties;

	private final Clock clock;

	private final ThreadPoolTaskExecutor writers = new ThreadPoolTaskExecutor();

	private volatile boolean running;

	Inbox(JdbcClient db, ApplicationEventPublisher publisher, InboxProperties properties, Clock clock) {
		this.db = db;
		this.publisher = publisher;
		this.properties = properties;
		this.clock = clock;
		writers.setCorePoolSize(properties.writers());
		writers.setMaxPoolSize(properties.writers());
		writers.setThreadNamePrefix("line-inbox-writer-");
		writers.setDaemon(true);
		writers.setAcceptTasksAfterContextClose(false);
	}

	/** Completes once the events are committed; fails if they could not be stored. */
	public CompletableFuture<Void> store(List<InboxEvent> events) {
		CompletableFuture<Void> stored = new CompletableFuture<>();
		if (events.isEmpty()) {
			stored.complete(null);
		}
		else if (!running) {
			stored.completeExceptionally(new IllegalStateException("The inbox is not taking events"));
		}
		else {
			handedIn.add(new HandedIn(events, stored));
		}
		return stored;
	}

	private void write() {
		while (running) {
			List<HandedIn> group;
			try {
				group = gather();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
			if (group.isEmpty()) {
				continue;
			}
			try {
				commit(group);
			}
			catch (RuntimeException ex) {
				if (group.size() == 1 || DatabaseOutage.explains(ex)) {
					log.warn("Could not store {} webhook requests' events", group.size(), ex);
					group.forEach(one -> one.stored().completeExceptionally(ex));
				}
				else {
					oneByOne(group);
				}
			}
		}
	}

	/**
	 * One statement, so no transaction is opened around it: PostgreSQL commits it on its own, and
	 * durably, before it answers (a managed transaction cost the writer a third of its CPU).
	 */
	private void commit(List<HandedIn> group) {
		insert(group);
		group.forEach(one -> one.stored().complete(null));
		publisher.publishEvent(new EventsStored(group.stream().mapToInt(one -> one.events().size()).sum()));
	}

	/** A request whose events cannot be stored must not fail the others that shared its commit. */
	private void oneByOne(List<HandedIn> group) {
		for (HandedIn one : group) {
			try {
				commit(List.of(one));
			}
			catch (RuntimeException ex) {
				log.warn("Could not store a webhook request's {} events", one.events().size(), ex);
				one.stored().completeExceptionally(ex);
			}
		}
	}

	/** The first request to arrive, and whatever follows it within the linger, up to a commit's size. */
	private List<HandedIn> gather() throws InterruptedException {
		HandedIn first = handedIn.poll(1, TimeUnit.SECONDS);
		if (first == null) {
			return List.of();
		}
		List<HandedIn> group = new ArrayList<>();
		group.add(first);
		int events = first.events().size();
		long deadline = System.nanoTime() + properties.linger().toNanos();
		while (events < properties.commitSize()) {
			HandedIn next = handedIn.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
			if (next == null) {
				break;
			}
			group.add(next);
			events += next.events().size();
		}
		return group;
	}

	private void insert(List<HandedIn> group) {
		List<InboxEvent> events = group.stream().flatMap(one -> one.events().stream()).toList();
		int n = events.size();
		Long[] channels = new Long[n];
		String[] ids = new String[n];
		String[] types = new String[n];
		String[] payloads = new String[n];
		String[] skips = new String[n];
		Long[] timestamps = new Long[n];
		String[] actions = new String[n];
		String[] users = new String[n];
		String[] texts = new String[n];
		String[] tokens = new String[n];
		for (int i = 0; i < n; i++) {
			InboxEvent event = events.get(i);
			channels[i] = event.channelId();
			ids[i] = event.webhookEventId();
			types[i] = event.type();
			payloads[i] = event.payload();
			skips[i] = event.skipReason();
			timestamps[i] = event.timestamp();
			actions[i] = event.action() == null ? null : event.action().name();
			users[i] = event.lineUserId();
			texts[i] = event.text();
			tokens[i] = event.replyToken();
		}
		Instant now = clock.instant();
		db.sql(INSERT)
			.param("now", at(now))
			.param("channels", channels)
			.param("ids", ids)
			.param("types", types)
			.param("payloads", payloads)
			.param("skips", skips)
			.param("timestamps", timestamps)
			.param("actions", actions)
			.param("users", users)
			.param("texts", texts)
			.param("tokens", tokens)
			.update();
	}

	@Override
	public void start() {
		writers.initialize();
		running = true;
		for (int i = 0; i < properties.writers(); i++) {
			writers.execute(this::write);
		}
	}

	@Override
	public void stop() {
		running = false;
		writers.shutdown();
		List<HandedIn> left = new ArrayList<>();
		handedIn.drainTo(left);
		left.forEach(one -> one.stored().completeExceptionally(new IllegalStateException("Tether is stopping")));
	}

	@Override
	public boolean isRunning() {
		return running;
	}

	/** One webhook's events, and the request waiting for them to be stored. */
	private record HandedIn(List<InboxEvent> events, CompletableFuture<Void> stored) {
	}

	/** Published after a commit stored {@code events}, so this instance's workers start on them at once. */
	public record EventsStored(int events) {
	}
}
