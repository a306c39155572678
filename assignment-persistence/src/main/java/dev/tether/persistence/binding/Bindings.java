package dev.tether.persistence.binding;

import org.springframework.data.jpa.repository.JpaRepository;

/** All bindings, one per contact at most. */
public interface Bindings extends JpaRepository<Binding, Long> {

}
