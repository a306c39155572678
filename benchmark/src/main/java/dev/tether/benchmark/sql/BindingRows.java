package dev.tether.benchmark.sql;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import dev.tether.benchmark.line.LineWebhooks;

/**
 * The least SQL one binding needs, on Tether's own tables, as plain JDBC: the event stored and
 * deduplicated, the contact upserted (which locks its row), a conversation opened and assigned,
 * the binding, its log entry and the reply. Columns are named, so columns the schema gains later
 * (nullable ones) do not break it. One instance per connection: its statements are prepared once.
 */
final class BindingRows implements AutoCloseable {

	private static final String EVENT = """
			insert into line_event (channel_id, webhook_event_id, type, payload, received_at%s)
			values (?, ?, 'message', ?, now()%s)
			on conflict (channel_id, webhook_event_id) where webhook_event_id is not null do nothing
			returning id""";

	/**
	 * Since the inbox (migration V8) an event stored without {@code processed_at} waits for
	 * Tether's workers, which would then process these too. Here the whole binding happens in
	 * the event's own transaction, so where the column exists the event is stored processed.
	 */
	private static final String HAS_PROCESSED_AT = """
			select exists (select 1 from information_schema.columns
			               where table_name = 'line_event' and column_name = 'processed_at')""";

	private static final String CONTACT = """
			insert into contact (org_id, channel_id, line_user_id, created_at) values (?, ?, ?, now())
			on conflict (channel_id, line_user_id) do update set line_user_id = excluded.line_user_id
			returning id""";

	private static final String CONVERSATION = """
			insert into conversation (org_id, channel_id, contact_id, status, agent_id, opened_at, assigned_at)
			values (?, ?, ?, 'ASSIGNED', ?, now(), now())
			returning id""";

	private static final String BINDING = """
			insert into binding (contact_id, org_id, agent_id, mode, source, since)
			values (?, ?, ?, 'PERMANENT', 'QR', now())""";

	private static final String LOG = """
			insert into assignment_log (org_id, contact_id, conversation_id, kind, to_agent_id, source, actor, occurred_at)
			values (?, ?, ?, 'BINDING', ?, 'QR', ?, now())""";

	/**
	 * Pending like a real reply, so the outbox's index is kept as it is for one, but due only in a
	 * day: Tether's reply sender must not pick these up and load the machine while this measures.
	 */
	private static final String REPLY = """
			insert into line_reply (org_id, channel_id, contact_id, line_event_id, reply_token, text, status, attempts,
			                        next_attempt_at, expires_at, created_at)
			values (?, ?, ?, ?, ?, ?, 'PENDING', 0, now() + interval '1 day', now() + interval '1 day', now())""";

	private final Connection connection;

	private final Target target;

	private final PreparedStatement event;

	private final PreparedStatement contact;

	private final PreparedStatement conversation;

	private final PreparedStatement binding;

	private final PreparedStatement log;

	private final PreparedStatement reply;

	BindingRows(Connection connection, Target target) throws SQLException {
		this.connection = connection;
		this.target = target;
		connection.setAutoCommit(false);
		event = connection.prepareStatement(hasProcessedAt(connection) ? EVENT.formatted(", processed_at", ", now()")
				: EVENT.formatted("", ""));
		contact = connection.prepareStatement(CONTACT);
		conversation = connection.prepareStatement(CONVERSATION);
		binding = connection.prepareStatement(BINDING);
		log = connection.prepareStatement(LOG);
		reply = connection.prepareStatement(REPLY);
	}

	/** Binds one new contact, in one transaction. */
	void bindNewContact() throws SQLException {
		String lineUserId = LineWebhooks.newLineUserId();
		String replyToken = LineWebhooks.newReplyToken();
		long eventId = returnedId(event, target.channelId(), LineWebhooks.webhookEventId(),
				LineWebhooks.textEvent(lineUserId, replyToken, target.bindingMessage()).toString());
		long contactId = returnedId(contact, target.orgId(), target.channelId(), lineUserId);
		long conversationId = returnedId(conversation, target.orgId(), target.channelId(), contactId, target.agentId());
		update(binding, contactId, target.orgId(), target.agentId());
		update(log, target.orgId(), contactId, conversationId, target.agentId(), "line:" + lineUserId);
		update(reply, target.orgId(), target.channelId(), contactId, eventId, replyToken,
				"You have successfully bound to: " + target.agentName());
		connection.commit();
	}

	private static boolean hasProcessedAt(Connection connection) throws SQLException {
		try (PreparedStatement query = connection.prepareStatement(HAS_PROCESSED_AT);
				ResultSet exists = query.executeQuery()) {
			exists.next();
			return exists.getBoolean(1);
		}
	}

	private static long returnedId(PreparedStatement statement, Object... parameters) throws SQLException {
		bind(statement, parameters);
		try (ResultSet id = statement.executeQuery()) {
			if (!id.next()) {
				throw new SQLException("No id returned: the row was already there");
			}
			return id.getLong(1);
		}
	}

	private static void update(PreparedStatement statement, Object... parameters) throws SQLException {
		bind(statement, parameters);
		statement.executeUpdate();
	}

	private static void bind(PreparedStatement statement, Object... parameters) throws SQLException {
		for (int i = 0; i < parameters.length; i++) {
			statement.setObject(i + 1, parameters[i]);
		}
	}

	@Override
	public void close() throws SQLException {
		connection.close();
	}

	/** The org, channel and agent whose rows these are, made through Tether's API so every foreign key holds. */
	record Target(long orgId, long channelId, long agentId, String agentName, String bindingMessage) {
	}
}
