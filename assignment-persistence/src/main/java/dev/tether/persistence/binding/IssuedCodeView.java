package dev.tether.persistence.binding;

import dev.tether.core.binding.BindingCode;
import org.jspecify.annotations.Nullable;

/** An issued binding code: for which channel, which target, and whether it was revoked. */
public record IssuedCodeView(long id, long channelId, @Nullable Long agentId, @Nullable Long teamId, BindingCode code,
		boolean revoked) {

	static IssuedCodeView of(IssuedBindingCode issued) {
		return new IssuedCodeView(issued.getId(), issued.getChannelId(), issued.getAgentId(), issued.getTeamId(),
				issued.getCode(), issued.isRevoked());
	}
}
