package dev.tether.persistence.channel;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

/** All LINE channels; API finders are scoped to one org. */
public interface Channels extends JpaRepository<Channel, Long> {

	Optional<Channel> findByIdAndOrgId(Long id, Long orgId);

	List<Channel> findByOrgIdOrderById(Long orgId);
}
