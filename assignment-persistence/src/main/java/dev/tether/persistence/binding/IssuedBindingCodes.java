package dev.tether.persistence.binding;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Every binding code ever issued, revoked ones included. */
public interface IssuedBindingCodes extends JpaRepository<IssuedBindingCode, Long> {

	Optional<IssuedBindingCode> findByCode(String code);

	Optional<IssuedBindingCode> findByIdAndOrgId(Long id, Long orgId);

	@Query("""
			select c from IssuedBindingCode c
			where c.channelId = ?1 and c.teamId = ?2 and c.agentId = ?3 and c.revokedAt is null
			order by c.id desc limit 1""")
	Optional<IssuedBindingCode> findLatestForAgentInTeam(Long channelId, Long teamId, Long agentId);
}
