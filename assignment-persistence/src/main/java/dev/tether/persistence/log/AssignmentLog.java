package dev.tether.persistence.log;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

/** The assignment log, read per contact. */
public interface AssignmentLog extends JpaRepository<AssignmentLogEntry, Long> {

	List<AssignmentLogEntry> findByContactIdOrderById(Long contactId);
}
