package dev.tether.persistence.binding;

import java.time.Instant;

import dev.tether.core.binding.BindingCode;
import dev.tether.core.binding.BindingTarget;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/** A binding code handed out for one channel and target, until it is revoked. */
@Entity
@Table(name = "binding_code")
public class IssuedBindingCode {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long orgId;

	private Long channelId;

	private @Nullable Long agentId;

	private @Nullable Long teamId;

	private String code;

	private Instant createdAt;

	private @Nullable Instant revokedAt;

	protected IssuedBindingCode() {
	}

	IssuedBindingCode(Long orgId, Long channelId, BindingTarget target, BindingCode code, Instant createdAt) {
		this.orgId = orgId;
		this.channelId = channelId;
		this.agentId = target.agent() == null ? null : target.agent().value();
		this.teamId = target.team() == null ? null : target.team().value();
		this.code = code.value();
		this.createdAt = createdAt;
	}

	void revoke(Instant at) {
		if (revokedAt == null) {
			revokedAt = at;
		}
	}

	public BindingTarget target() {
		return BindingTarget.ofIds(agentId, teamId);
	}

	public Long getId() {
		return id;
	}

	public Long getOrgId() {
		return orgId;
	}

	public Long getChannelId() {
		return channelId;
	}

	public @Nullable Long getAgentId() {
		return agentId;
	}

	public @Nullable Long getTeamId() {
		return teamId;
	}

	public BindingCode getCode() {
		return new BindingCode(code);
	}

	public boolean isRevoked() {
		return revokedAt != null;
	}
}
