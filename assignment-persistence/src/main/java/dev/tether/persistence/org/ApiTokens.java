package dev.tether.persistence.org;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

/** All API tokens, found by the hash of their secret. */
public interface ApiTokens extends JpaRepository<ApiToken, Long> {

	Optional<ApiToken> findByTokenHashAndRevokedAtIsNull(String tokenHash);
}
