package dev.tether.persistence.team;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

/** All teams of all orgs; every finder is scoped to one org. Deleted teams are inactive. */
public interface Teams extends JpaRepository<Team, Long> {

	Optional<Team> findByIdAndOrgIdAndActiveTrue(Long id, Long orgId);

	Optional<Team> findByOrgIdAndCodeAndActiveTrue(Long orgId, String code);

	List<Team> findByOrgIdAndActiveTrueOrderById(Long orgId);
}
