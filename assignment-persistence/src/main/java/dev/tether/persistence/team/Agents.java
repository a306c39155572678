package dev.tether.persistence.team;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.NativeQuery;

/** All agents of all orgs; every finder is scoped to one org. */
public interface Agents extends JpaRepository<Agent, Long> {

	Optional<Agent> findByIdAndOrgId(Long id, Long orgId);

	Optional<Agent> findByOrgIdAndEmailIgnoreCase(Long orgId, String email);

	Optional<Agent> findByOrgIdAndExternalCode(Long orgId, String externalCode);

	Page<Agent> findByOrgId(Long orgId, Pageable page);

	List<Agent> findByOrgIdOrderById(Long orgId);

	List<Agent> findByOrgIdAndIdIn(Long orgId, Collection<Long> ids);

	/**
	 * Takes one of the agent's conversation slots if the agent is active and below both
	 * {@code teamCap} and their own cap: answers 1 when taken, 0 when full. The row lock makes
	 * concurrent takers queue up, and each re-checks the condition, so no agent ever goes past a cap.
	 */
	@Modifying
	@NativeQuery("""
			update agent set open_conversations = open_conversations + 1
			where id = ?1 and active
			  and open_conversations < least(?2, coalesce(max_open_contacts, 2147483647))""")
	int takeSlot(long agentId, int teamCap);

	@Modifying
	@NativeQuery("update agent set open_conversations = greatest(open_conversations + ?2, 0) where id = ?1")
	int adjustLoad(long agentId, int delta);

	@Modifying
	@NativeQuery("update agent set last_org_turn = ?2 where id = ?1")
	int markOrgTurn(long agentId, long turn);
}
