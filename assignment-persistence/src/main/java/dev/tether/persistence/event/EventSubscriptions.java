package dev.tether.persistence.event;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

/** All event subscriptions. */
public interface EventSubscriptions extends JpaRepository<EventSubscription, Long> {

	List<EventSubscription> findByOrgIdAndActiveTrueOrderById(Long orgId);

	Optional<EventSubscription> findByIdAndOrgId(Long id, Long orgId);
}
