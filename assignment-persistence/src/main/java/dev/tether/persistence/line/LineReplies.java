package dev.tether.persistence.line;

import java.time.Instant;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.NativeQuery;

/** The reply outbox. */
public interface LineReplies extends JpaRepository<LineReply, Long> {

	/** Replies whose token ran out while they waited are not sent at all. */
	@Modifying
	@NativeQuery("""
			update line_reply set status = 'EXPIRED', lease_until = null
			where status = 'PENDING' and expires_at <= ?1""")
	int expireStale(Instant now);

	List<LineReply> findByContactIdOrderById(Long contactId);
}
