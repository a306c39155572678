package dev.tether.persistence.team;

import java.util.List;
import java.util.Set;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.NativeQuery;
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

	/** Stops at the first active member: a routing decision must not count the whole team. */
	@NativeQuery("""
			select exists (select 1 from team_member m join agent a on a.id = m.agent_id
			               where m.team_id = ?1 and a.active)""")
	boolean hasActiveMember(long teamId);

	@Query("select m.teamId from TeamMember m where m.agentId = ?1")
	Set<Long> teamIdsOf(Long agentId);

	/** Keeps every membership's copy of the agent's load equal to the agent's own count. */
	@Modifying
	@NativeQuery("update team_member set open_conversations = open_conversations + ?2 where agent_id = ?1")
	int adjustLoad(long agentId, int delta);

	@Modifying
	@NativeQuery("update team_member set last_turn = ?3 where team_id = ?1 and agent_id = ?2")
	int markTurn(long teamId, long agentId, long turn);
}
