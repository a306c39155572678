package dev.tether.persistence.inbox;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.random.RandomGenerator;

import dev.tether.core.binding.BindingCode;
import dev.tether.core.binding.BindingCodeSigner;
import dev.tether.core.binding.BindingTarget;
import dev.tether.core.binding.IssuedCode;
import dev.tether.core.contact.CodeAttempt;
import dev.tether.core.contact.LiveConversation;
import dev.tether.core.contact.MessageContext;
import dev.tether.core.contact.Receipt;
import dev.tether.core.contact.ReceiveMessage;
import dev.tether.core.team.TeamId;
import dev.tether.persistence.event.EventBatch;
import dev.tether.persistence.event.EventData.ContactTagged;
import dev.tether.persistence.event.EventData.LineEventReceived;
import dev.tether.persistence.event.NewEvent;
import dev.tether.persistence.inbox.InboxEvent.Action;
import dev.tether.persistence.inbox.Situations.ChannelFacts;
import dev.tether.persistence.inbox.Situations.ContactRow;
import dev.tether.persistence.line.LeasedReply;
import dev.tether.persistence.line.NewReply;
import dev.tether.persistence.line.ReplyBatch;
import dev.tether.persistence.log.Assignee;
import dev.tether.persistence.log.AssignmentChange;
import dev.tether.persistence.log.AssignmentLogEntry;
import dev.tether.persistence.log.AssignmentRecorder;
import dev.tether.persistence.log.ChangeSource;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

import static dev.tether.persistence.sql.SqlValues.at;

/**
 * Processes one batch of stored LINE events in one transaction. Every event is forwarded to
 * subscribers as {@code line.event}; a follow makes its contact known; a text is decided by core's
 * {@link ReceiveMessage} on what the batch read under the contacts' locks, and its binding, tags,
 * conversation, log, events and reply are written with a few set-based statements for the whole
 * batch. Replies come back leased, to be sent once the transaction commits.
 */
@Component
class InboxProcessor {

	private final InboxClaims claims;

	private final SituationReader situations;

	private final ConversationWork conversations;

	private final AssignmentRecorder log;

	private final EventBatch events;

	private final ReplyBatch replies;

	private final JdbcClient db;

	private final JsonMapper json;

	private final RandomGenerator random;

	private final Clock clock;

	private final TransactionTemplate transaction;

	InboxProcessor(InboxClaims claims, SituationReader situations, ConversationWork conversations,
			AssignmentRecorder log, EventBatch events, ReplyBatch replies, JdbcClient db, JsonMapper json,
			RandomGenerator random, Clock clock, PlatformTransactionManager transactions) {
		this.claims = claims;
		this.situations = situations;
		this.conversations = conversations;
		this.log = log;
		this.events = events;
		this.replies = replies;
		this.db = db;
		this.json = json;
		this.random = random;
		this.clock = clock;
		this.transaction = new TransactionTemplate(transactions);
	}

	/** The next batch: up to {@code limit} events, in one transaction. */
	Processed process(int limit) {
		return process(() -> claims.claim(limit));
	}

	/** Only this event, in a transaction of its own, when a batch with it failed. */
	Processed processOnly(long eventId) {
		return process(() -> claims.claim(eventId));
	}

	private Processed process(Supplier<List<ClaimedEvent>> claim) {
		List<Long> ids = new ArrayList<>();
		try {
			return transaction.execute(status -> {
				List<ClaimedEvent> claimed = claim.get();
				claimed.forEach(event -> ids.add(event.id()));
				return claimed.isEmpty() ? Processed.NOTHING : apply(claimed);
			});
		}
		catch (RuntimeException ex) {
			throw new BatchFailed(List.copyOf(ids), ex);
		}
	}

	private Processed apply(List<ClaimedEvent> claimed) {
		Instant now = clock.instant();
		Moments moments = new Moments(now);
		Situations read = situations.read(claimed, now);
		Effects effects = new Effects();
		for (ClaimedEvent event : claimed) {
			ChannelFacts channel = read.channels().get(event.channelId());
			effects.outbound.add(forward(event, channel, moments.next()));
			if (event.action() == Action.TEXT) {
				receive(event, channel, read.contact(event.lane()), read, effects, moments);
			}
		}
		writeBindings(effects.bindings, now);
		writeTags(effects.tags);
		List<AssignmentChange> changes = new ArrayList<>(effects.bindingChanges);
		ConversationWork.Placed placed = conversations.place(effects.placings, now);
		placed.changes().forEach(change -> changes.add(restamped(change, moments.next())));
		placed.outOfHours().forEach(told -> tellOutOfHours(told, effects.replies));
		log.recordAll(changes);
		events.record(effects.outbound);
		List<LeasedReply> leased = replies.enqueue(effects.replies);
		db.sql("update line_event set processed_at = :now where id = any (:ids::bigint[])")
			.param("now", at(now))
			.param("ids", claimed.stream().map(ClaimedEvent::id).toArray(Long[]::new))
			.update();
		return new Processed(claimed.size(), leased);
	}

	/**
	 * A team outside its hours tells the contact so in the reply to the message that opened the
	 * conversation: after the binding reply when there is one (a reply token answers once).
	 */
	private static void tellOutOfHours(ConversationWork.OutOfHours told, List<NewReply> replies) {
		ClaimedEvent event = told.placing().event();
		if (event.replyToken() == null) {
			return;
		}
		for (int i = 0; i < replies.size(); i++) {
			NewReply reply = replies.get(i);
			if (reply.lineEventId() == event.id()) {
				replies.set(i, new NewReply(reply.orgId(), reply.channelId(), reply.contactId(), reply.lineEventId(),
						reply.replyToken(), reply.text() + "\n\n" + told.text(), reply.eventReceivedAt()));
				return;
			}
		}
		ContactRow contact = told.placing().contact();
		replies.add(new NewReply(contact.orgId(), contact.channelId(), contact.id(), event.id(), event.replyToken(),
				told.text(), event.receivedAt()));
	}

	/** Marks an event that could not be processed as done, with why, so it never holds up the inbox. */
	@Transactional
	public void giveUp(long eventId, String reason) {
		db.sql("update line_event set processed_at = :now, skip_reason = :reason where id = :id and processed_at is null")
			.param("now", at(clock.instant()))
			.param("reason", reason)
			.param("id", eventId)
			.update();
	}

	private void receive(ClaimedEvent event, ChannelFacts channel, ContactRow contact, Situations read,
			Effects effects, Moments moments) {
		BindingCode code = event.code();
		Receipt receipt = ReceiveMessage.receive(new MessageContext(channel.mode(), channel.orgTags(),
				channel.defaultTeamId() == null ? null : new TeamId(channel.defaultTeamId()), contact.tags(),
				contact.binding() == null ? null : read.state(contact.binding()), live(contact),
				code == null ? null : attempt(code, channel, read), channel.replyTexts(), channel.boundAgentUnavailable()));
		String byCode = "line:" + contact.lineUserId();
		if (receipt.binding() != null) {
			BindingTarget to = receipt.binding().to();
			effects.bindings.add(new BindingWrite(contact, to, channel));
			effects.bindingChanges.add(new AssignmentChange(contact.orgId(), contact.id(), null,
					AssignmentLogEntry.Kind.BINDING, assignee(receipt.binding().from()), assignee(to), ChangeSource.QR,
					byCode, moments.next()));
		}
		if (receipt.tags() != null) {
			if (!receipt.tags().added().isEmpty()) {
				effects.tags.add(new TagWrite(contact.id(), receipt.tags().added()));
			}
			effects.outbound.add(NewEvent.of(contact.orgId(),
					new ContactTagged(Long.toString(contact.id()), Long.toString(contact.channelId()),
							contact.lineUserId(), receipt.tags().applied().tags(), receipt.tags().added()),
					moments.next()));
		}
		ChangeSource source = receipt.byCode() ? ChangeSource.QR : ChangeSource.RULE;
		String actor = receipt.byCode() ? byCode : "rule";
		if (receipt.conversation() instanceof Receipt.Move move) {
			effects.placings.add(new Placing(contact, contact.live(), move.placement(), ChangeSource.QR, byCode, event));
		}
		else if (receipt.conversation() instanceof Receipt.Open open) {
			effects.placings.add(new Placing(contact,
					contact.live() != null && contact.live().timedOut() ? contact.live() : null, open.placement(),
					source, actor, event));
		}
		if (receipt.reply() != null && event.replyToken() != null) {
			effects.replies.add(new NewReply(contact.orgId(), contact.channelId(), contact.id(), event.id(),
					event.replyToken(), receipt.reply(), event.receivedAt()));
		}
	}

	private static LiveConversation live(ContactRow contact) {
		if (contact.live() == null) {
			return LiveConversation.NONE;
		}
		return contact.live().timedOut() ? LiveConversation.TIMED_OUT : LiveConversation.OPEN;
	}

	private CodeAttempt attempt(BindingCode code, ChannelFacts channel, Situations read) {
		IssuedCode issued = read.codes().get(code.value());
		return new CodeAttempt(code, new BindingCodeSigner(channel.bindingKey(), random),
				channel.channelId(), issued, issued == null ? null : read.state(issued.target()));
	}

	/** Webhook Forward: other systems receive each LINE event as it came, with the channel it came to. */
	private NewEvent forward(ClaimedEvent event, ChannelFacts channel, Instant at) {
		return NewEvent.of(channel.orgId(), new LineEventReceived(Long.toString(event.channelId()), event.payload()), at);
	}

	private void writeBindings(List<BindingWrite> bindings, Instant now) {
		if (bindings.isEmpty()) {
			return;
		}
		db.sql("""
				insert into binding (contact_id, org_id, agent_id, team_id, mode, source, since)
				select b.contact_id, b.org_id, b.agent_id, b.team_id, b.mode, 'QR', :now
				from unnest(:contacts::bigint[], :orgs::bigint[], :agents::bigint[], :teams::bigint[], :modes::text[])
				     as b(contact_id, org_id, agent_id, team_id, mode)
				on conflict (contact_id) do update set agent_id = excluded.agent_id, team_id = excluded.team_id,
				    mode = excluded.mode, source = excluded.source, since = excluded.since""")
			.param("contacts", bindings.stream().map(binding -> binding.contact().id()).toArray(Long[]::new))
			.param("orgs", bindings.stream().map(binding -> binding.contact().orgId()).toArray(Long[]::new))
			.param("agents", bindings.stream().map(binding -> assignee(binding.target()).agentId()).toArray(Long[]::new))
			.param("teams", bindings.stream().map(binding -> assignee(binding.target()).teamId()).toArray(Long[]::new))
			.param("modes", bindings.stream().map(binding -> binding.channel().mode().name()).toArray(String[]::new))
			.param("now", at(now))
			.update();
	}

	private void writeTags(List<TagWrite> tags) {
		if (tags.isEmpty()) {
			return;
		}
		db.sql("""
				update contact c set tags = c.tags || array(select jsonb_array_elements_text(t.added::jsonb))
				from unnest(:contacts::bigint[], :added::text[]) as t(id, added) where c.id = t.id""")
			.param("contacts", tags.stream().map(TagWrite::contactId).toArray(Long[]::new))
			.param("added", tags.stream().map(tag -> json.writeValueAsString(tag.added())).toArray(String[]::new))
			.update();
	}

	private static AssignmentChange restamped(AssignmentChange change, Instant at) {
		return new AssignmentChange(change.orgId(), change.contactId(), change.conversationId(), change.kind(),
				change.from(), change.to(), change.source(), change.actor(), at, change.reason());
	}

	private static Assignee assignee(@Nullable BindingTarget target) {
		if (target == null) {
			return Assignee.NOBODY;
		}
		return new Assignee(target.agent() == null ? null : target.agent().value(),
				target.team() == null ? null : target.team().value());
	}

	/** A batch that failed and was rolled back, with the events it had claimed. */
	static final class BatchFailed extends RuntimeException {

		private final List<Long> eventIds;

		BatchFailed(List<Long> eventIds, RuntimeException cause) {
			super("A batch of " + eventIds.size() + " LINE events failed", cause);
			this.eventIds = eventIds;
		}

		List<Long> eventIds() {
			return eventIds;
		}
	}

	/** How many events a batch processed, and the replies it left to send. */
	record Processed(int events, List<LeasedReply> replies) {

		static final Processed NOTHING = new Processed(0, List.of());
	}

	/** What the batch's decisions add up to, written once they are all made. */
	private static final class Effects {

		final List<NewEvent> outbound = new ArrayList<>();

		final List<BindingWrite> bindings = new ArrayList<>();

		final List<AssignmentChange> bindingChanges = new ArrayList<>();

		final List<TagWrite> tags = new ArrayList<>();

		final List<Placing> placings = new ArrayList<>();

		final List<NewReply> replies = new ArrayList<>();
	}

	private record BindingWrite(ContactRow contact, BindingTarget target, ChannelFacts channel) {
	}

	private record TagWrite(long contactId, List<String> added) {
	}
}
