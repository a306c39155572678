package dev.tether.benchmark.sql;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import dev.tether.benchmark.tether.Channel;
import dev.tether.benchmark.tether.Org;
import dev.tether.benchmark.tether.PostgresServer;

/**
 * Part (a), the bare-SQL limit: {@code threads} JDBC connections to the PostgreSQL Tether runs on,
 * each committing {@link BindingRows} for new contacts back to back, one transaction each. The
 * first {@code warmUp} is not counted; the transactions that commit in the next {@code duration} are.
 */
public final class BareSqlLimit {

	private final int threads;

	private final Duration warmUp;

	private final Duration duration;

	public BareSqlLimit(int threads, Duration warmUp, Duration duration) {
		this.threads = threads;
		this.warmUp = warmUp;
		this.duration = duration;
	}

	/** Measures on rows of an org of its own: a channel and an agent with a binding code, made through the API. */
	public SqlLimit measure(PostgresServer postgres, Org org) throws Exception {
		Channel channel = org.aChannel("Bare SQL");
		String agentName = "Bare Sql";
		long agentId = org.anAgent(agentName);
		BindingRows.Target target = new BindingRows.Target(org.id(), Long.parseLong(channel.id()), agentId, agentName,
				org.bindingMessage(channel, agentId));

		long start = System.nanoTime();
		long countFrom = start + warmUp.toNanos();
		long countUntil = countFrom + duration.toNanos();
		AtomicLong counted = new AtomicLong();
		AtomicReference<Exception> failure = new AtomicReference<>();
		List<Thread> clients = new ArrayList<>();
		for (int i = 0; i < threads; i++) {
			BindingRows rows = new BindingRows(DriverManager.getConnection(postgres.jdbcUrl()), target);
			Thread client = new Thread(() -> {
				try (rows) {
					while (failure.get() == null) {
						rows.bindNewContact();
						long committed = System.nanoTime();
						if (committed >= countUntil) {
							return;
						}
						if (committed >= countFrom) {
							counted.incrementAndGet();
						}
					}
				}
				catch (SQLException ex) {
					failure.compareAndSet(null, ex);
				}
			}, "bare-sql-" + i);
			clients.add(client);
		}
		clients.forEach(Thread::start);
		for (Thread client : clients) {
			client.join();
		}
		if (failure.get() != null) {
			throw failure.get();
		}
		neverSend(postgres, target.channelId());
		return new SqlLimit(threads, counted.get(), duration);
	}

	/** These replies are no one's: mark them expired, as Tether would once their token ran out. */
	private static void neverSend(PostgresServer postgres, long channelId) throws SQLException {
		try (Connection connection = DriverManager.getConnection(postgres.jdbcUrl());
				PreparedStatement expire = connection
					.prepareStatement("update line_reply set status = 'EXPIRED' where channel_id = ? and status = 'PENDING'")) {
			expire.setLong(1, channelId);
			expire.executeUpdate();
		}
	}
}
