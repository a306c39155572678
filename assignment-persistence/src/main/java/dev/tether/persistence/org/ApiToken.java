package dev.tether.persistence.org;

import java.time.Instant;

import dev.tether.core.access.Role;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/** A bearer token, stored only as a hash of its secret. */
@Entity
@Table(name = "api_token")
public class ApiToken {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long orgId;

	private String name;

	@Enumerated(EnumType.STRING)
	private Role role;

	private @Nullable Long agentId;

	private String tokenHash;

	private Instant createdAt;

	private @Nullable Instant revokedAt;

	protected ApiToken() {
	}

	ApiToken(Long orgId, String name, Role role, @Nullable Long agentId, String tokenHash, Instant createdAt) {
		this.orgId = orgId;
		this.name = name;
		this.role = role;
		this.agentId = agentId;
		this.tokenHash = tokenHash;
		this.createdAt = createdAt;
	}

	void revoke(Instant at) {
		if (revokedAt == null) {
			revokedAt = at;
		}
	}

	public Long getId() {
		return id;
	}

	public Long getOrgId() {
		return orgId;
	}

	public String getName() {
		return name;
	}

	public Role getRole() {
		return role;
	}

	public @Nullable Long getAgentId() {
		return agentId;
	}

	public boolean isRevoked() {
		return revokedAt != null;
	}
}
