package dev.tether.api.support;

import java.time.Duration;

import org.springframework.jdbc.core.simple.JdbcClient;

import static org.awaitility.Awaitility.await;

/** Waits until a channel's stored LINE events have all been processed, as the tests' database shows. */
public final class InboxSettling {

	private final JdbcClient db;

	InboxSettling(JdbcClient db) {
		this.db = db;
	}

	public void awaitProcessed(OrgFixture.ChannelRef channel) {
		await("the inbox processing channel " + channel.id() + "'s events")
			.atMost(Duration.ofSeconds(20))
			.pollInterval(Duration.ofMillis(5))
			.until(() -> db.sql("select count(*) from line_event where channel_id = ? and processed_at is null")
				.param(Long.parseLong(channel.id()))
				.query(Long.class)
				.single() == 0);
	}
}
