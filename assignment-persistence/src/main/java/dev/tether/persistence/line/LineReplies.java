package dev.tether.persistence.line;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

/** The reply outbox. */
public interface LineReplies extends JpaRepository<LineReply, Long> {

	List<LineReply> findByContactIdOrderById(Long contactId);
}
