package dev.tether.persistence.org;

import org.springframework.data.jpa.repository.JpaRepository;

/** All orgs. */
public interface Orgs extends JpaRepository<Org, Long> {

}
