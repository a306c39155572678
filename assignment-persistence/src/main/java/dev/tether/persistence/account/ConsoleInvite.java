package dev.tether.persistence.account;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/** An invite link, kept by the hash of its secret; it works once, before it expires. */
@Entity
@Table(name = "console_invite")
class ConsoleInvite {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long orgId;

	private Long agentId;

	private String secretHash;

	private Instant createdAt;

	private Instant expiresAt;

	private @Nullable Instant usedAt;

	private @Nullable Instant revokedAt;

	protected ConsoleInvite() {
	}

	ConsoleInvite(Long orgId, Long agentId, String secretHash, Instant createdAt, Instant expiresAt) {
		this.orgId = orgId;
		this.agentId = agentId;
		this.secretHash = secretHash;
		this.createdAt = createdAt;
		this.expiresAt = expiresAt;
	}

	InviteState stateAt(Instant now) {
		if (usedAt != null || revokedAt != null) {
			return InviteState.USED;
		}
		return expiresAt.isAfter(now) ? InviteState.OPEN : InviteState.EXPIRED;
	}

	void use(Instant at) {
		this.usedAt = at;
	}

	void revoke(Instant at) {
		if (usedAt == null && revokedAt == null) {
			this.revokedAt = at;
		}
	}

	Long getId() {
		return id;
	}

	Long getOrgId() {
		return orgId;
	}

	Long getAgentId() {
		return agentId;
	}

	Instant getExpiresAt() {
		return expiresAt;
	}

	/** Whether a link can still be used; a revoked one reads as used, since a newer one replaced it. */
	enum InviteState {
		OPEN, EXPIRED, USED
	}
}
