package dev.tether.persistence.org;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.NativeQuery;

/** All orgs. */
public interface Orgs extends JpaRepository<Org, Long> {

	/** Serialises org-wide ("any agent") routing decisions across every instance. */
	@NativeQuery("select id from org where id = ?1 for update")
	List<Long> lock(long orgId);

	@NativeQuery("update org set turn_counter = turn_counter + 1 where id = ?1 returning turn_counter")
	long nextTurn(long orgId);
}
