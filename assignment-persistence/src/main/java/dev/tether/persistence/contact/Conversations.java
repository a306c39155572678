package dev.tether.persistence.contact;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

/** All conversations; a contact has at most one that is not closed. */
public interface Conversations extends JpaRepository<Conversation, Long>, JpaSpecificationExecutor<Conversation> {

	@Query("select c from Conversation c where c.contactId = ?1 and c.status <> CLOSED")
	Optional<Conversation> findLive(Long contactId);
}
