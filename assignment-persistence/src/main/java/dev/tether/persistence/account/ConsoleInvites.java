package dev.tether.persistence.account;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

/** Every invite link ever made, found by the hash of its secret. */
interface ConsoleInvites extends JpaRepository<ConsoleInvite, Long> {

	Optional<ConsoleInvite> findBySecretHash(String secretHash);

	/** Locked, so two tabs submitting the same link cannot both use it. */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select i from ConsoleInvite i where i.id = ?1")
	Optional<ConsoleInvite> lock(Long id);

	@Query("select i from ConsoleInvite i where i.agentId = ?1 and i.usedAt is null and i.revokedAt is null")
	List<ConsoleInvite> openFor(Long agentId);
}
