package dev.tether.persistence.line;

import java.time.Instant;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.NativeQuery;

/** The reply outbox. */
public interface LineReplies extends JpaRepository<LineReply, Long> {

	/**
	 * Leases up to {@code limit} due replies to the caller. {@code SKIP LOCKED} lets several
	 * instances claim side by side without waiting on, or taking, each other's rows.
	 */
	@NativeQuery("""
			update line_reply set lease_until = ?2, attempts = attempts + 1
			where id in (
			    select id from line_reply
			    where status = 'PENDING' and next_attempt_at <= ?1 and expires_at > ?1
			      and (lease_until is null or lease_until < ?1)
			    order by next_attempt_at
			    limit ?3
			    for update skip locked)
			returning id""")
	List<Long> claimDue(Instant now, Instant leaseUntil, int limit);

	/** Replies whose token ran out while they waited are not sent at all. */
	@Modifying
	@NativeQuery("""
			update line_reply set status = 'EXPIRED', lease_until = null
			where status = 'PENDING' and expires_at <= ?1""")
	int expireStale(Instant now);

	List<LineReply> findByContactIdOrderById(Long contactId);
}
