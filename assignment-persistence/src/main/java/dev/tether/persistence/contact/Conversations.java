package dev.tether.persistence.contact;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.NativeQuery;
import org.springframework.data.jpa.repository.Query;

/** All conversations; a contact has at most one that is not closed. */
public interface Conversations extends JpaRepository<Conversation, Long>, JpaSpecificationExecutor<Conversation> {

	@Query("select c.contactId from Conversation c where c.id = ?1 and c.orgId = ?2")
	Optional<Long> contactOf(Long conversationId, Long orgId);

	@Query("select c from Conversation c where c.contactId = ?1 and c.status <> CLOSED")
	Optional<Conversation> findLive(Long contactId);

	/** Queued conversations past their deadline, locked with their contacts; busy ones wait for the next sweep. */
	@NativeQuery("""
			select c.id from conversation c join contact ct on ct.id = c.contact_id
			where c.status = 'QUEUED' and c.queue_deadline <= ?1
			order by c.queue_deadline
			limit ?2
			for update of c, ct skip locked""")
	List<Long> overdueInQueue(Instant now, int limit);
}
