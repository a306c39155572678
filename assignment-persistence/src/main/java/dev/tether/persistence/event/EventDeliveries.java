package dev.tether.persistence.event;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.NativeQuery;

/** The delivery outbox. */
public interface EventDeliveries extends JpaRepository<EventDelivery, Long> {

	/** One delivery per active subscription of the org that wants this type: one statement, whatever their number. */
	@Modifying
	@NativeQuery("""
			insert into event_delivery (subscription_id, event_id, status, next_attempt_at, give_up_at, created_at)
			select s.id, ?1, 'PENDING', ?4, ?5, ?4 from event_subscription s
			where s.org_id = ?2 and s.active and ?3 = any (s.types)""")
	int fanOut(UUID eventId, long orgId, String type, Instant now, Instant giveUpAt);

	/** Leases due deliveries of active subscriptions; {@code SKIP LOCKED} lets instances claim side by side. */
	@NativeQuery("""
			update event_delivery set lease_until = ?2, attempts = attempts + 1
			where id in (
			    select d.id from event_delivery d join event_subscription s on s.id = d.subscription_id
			    where d.status = 'PENDING' and d.next_attempt_at <= ?1 and s.active
			      and (d.lease_until is null or d.lease_until < ?1)
			    order by d.next_attempt_at
			    limit ?3
			    for update of d skip locked)
			returning id""")
	List<Long> claimDue(Instant now, Instant leaseUntil, int limit);

	List<EventDelivery> findBySubscriptionIdOrderByIdDesc(Long subscriptionId, Pageable page);

	List<EventDelivery> findBySubscriptionIdAndStatusOrderByIdDesc(Long subscriptionId, EventDelivery.Status status,
			Pageable page);
}
