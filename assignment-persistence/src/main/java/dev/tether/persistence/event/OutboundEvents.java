package dev.tether.persistence.event;

import java.util.List;
import java.util.UUID;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

/** All outbound events. */
public interface OutboundEvents extends JpaRepository<OutboundEvent, UUID> {

	List<OutboundEvent> findByOrgIdAndTypeOrderByOccurredAt(Long orgId, String type, Pageable page);

	List<OutboundEvent> findByOrgIdOrderByOccurredAt(Long orgId, Pageable page);
}
