package dev.tether.persistence.team;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.NativeQuery;

/** All teams of all orgs; every finder is scoped to one org. Deleted teams are inactive. */
public interface Teams extends JpaRepository<Team, Long> {

	Optional<Team> findByIdAndOrgIdAndActiveTrue(Long id, Long orgId);

	Optional<Team> findByOrgIdAndCodeAndActiveTrue(Long orgId, String code);

	List<Team> findByOrgIdAndActiveTrueOrderById(Long orgId);

	/** Serialises routing decisions for one team across every instance, so rotation stays exact. */
	@NativeQuery("select id from team where id = ?1 for update")
	List<Long> lock(long teamId);

	@NativeQuery("update team set turn_counter = turn_counter + 1 where id = ?1 returning turn_counter")
	long nextTurn(long teamId);
}
