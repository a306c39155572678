package dev.tether.persistence.account;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Every agent's console password; an email may have one in several orgs. */
interface ConsoleCredentials extends JpaRepository<ConsoleCredential, Long> {

	/** The passwords of the active agents with this email, the most recently set first. */
	@Query("""
			select c from ConsoleCredential c join Agent a on a.id = c.agentId
			where lower(a.email) = lower(?1) and a.active
			order by c.passwordSetAt desc""")
	List<ConsoleCredential> forActiveAgentsWithEmail(String email);
}
