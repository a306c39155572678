package dev.tether.persistence.line;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.NativeQuery;

/** Every LINE webhook event as received. */
public interface LineEvents extends JpaRepository<LineEvent, Long> {

	/** Stores the event unless its webhook event id was seen before; answers the new row's id, if any. */
	@NativeQuery("""
			insert into line_event (channel_id, webhook_event_id, type, payload, received_at, skip_reason)
			values (?1, ?2, ?3, ?4, ?5, ?6)
			on conflict (channel_id, webhook_event_id) where webhook_event_id is not null do nothing
			returning id""")
	List<Long> recordUnlessSeen(long channelId, String webhookEventId, String type, String payload,
			Instant receivedAt, @Nullable String skipReason);
}
