package dev.tether.persistence.team;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Who belongs to which team. */
public interface TeamMembers extends JpaRepository<TeamMember, TeamMember.Key> {

	List<TeamMember> findByTeamIdOrderByPosition(Long teamId);

	boolean existsByTeamIdAndAgentId(Long teamId, Long agentId);

	@Query("select coalesce(max(m.position), 0) from TeamMember m where m.teamId = ?1")
	long lastPosition(Long teamId);

	@Query("""
			select a from TeamMember m join Agent a on a.id = m.agentId
			where m.teamId = ?1 and a.active order by m.position""")
	List<Agent> activeMembers(Long teamId);

	@Query("""
			select count(m) > 0 from TeamMember m join Agent a on a.id = m.agentId
			where m.teamId = ?1 and a.active""")
	boolean hasActiveMember(Long teamId);
}
