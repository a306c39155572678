package dev.tether.persistence.event;

import java.util.List;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

/** The delivery outbox. */
public interface EventDeliveries extends JpaRepository<EventDelivery, Long> {

	List<EventDelivery> findBySubscriptionIdOrderByIdDesc(Long subscriptionId, Pageable page);

	List<EventDelivery> findBySubscriptionIdAndStatusOrderByIdDesc(Long subscriptionId, EventDelivery.Status status,
			Pageable page);
}
