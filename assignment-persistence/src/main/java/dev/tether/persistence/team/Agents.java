package dev.tether.persistence.team;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

/** All agents of all orgs; every finder is scoped to one org. */
public interface Agents extends JpaRepository<Agent, Long> {

	Optional<Agent> findByIdAndOrgId(Long id, Long orgId);

	Optional<Agent> findByOrgIdAndEmailIgnoreCase(Long orgId, String email);

	Optional<Agent> findByOrgIdAndExternalCode(Long orgId, String externalCode);

	Page<Agent> findByOrgId(Long orgId, Pageable page);

	List<Agent> findByOrgIdAndIdIn(Long orgId, Collection<Long> ids);
}
