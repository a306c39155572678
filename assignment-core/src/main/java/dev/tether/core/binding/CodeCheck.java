package dev.tether.core.binding;

import dev.tether.core.binding.BindOutcome.InvalidCode;
import org.jspecify.annotations.Nullable;

/**
 * Whether a code a contact sent can bind them, and if not, why. An altered code is told from an
 * unknown one by its signature, so a tampered code never reveals whether a similar one exists.
 */
public final class CodeCheck {

	private CodeCheck() {
	}

	/**
	 * @param code the code as the contact sent it
	 * @param signer the signer of the channel the contact wrote to
	 * @param channelId that channel
	 * @param issued the code as issued, if Tether issued it
	 * @param target the issued code's target as it stands now, if the code was issued
	 * @return why the code cannot bind, or {@code null} when it can
	 */
	public static @Nullable InvalidCode whyInvalid(BindingCode code, BindingCodeSigner signer, long channelId,
			@Nullable IssuedCode issued, @Nullable TargetState target) {
		if (!code.isWellFormed()) {
			return InvalidCode.MALFORMED;
		}
		boolean authentic = signer.isAuthentic(code);
		if (issued == null || target == null) {
			return authentic ? InvalidCode.UNKNOWN : InvalidCode.TAMPERED;
		}
		if (issued.channelId() != channelId) {
			return InvalidCode.OTHER_CHANNEL;
		}
		if (!authentic) {
			return InvalidCode.TAMPERED;
		}
		if (issued.revoked()) {
			return InvalidCode.REVOKED;
		}
		TargetState.Unfit unfit = target.whyUnfit();
		if (unfit == null) {
			return null;
		}
		return switch (unfit) {
			case AGENT_INACTIVE -> InvalidCode.AGENT_INACTIVE;
			case TEAM_EMPTY -> InvalidCode.TEAM_EMPTY;
			case NOT_IN_TEAM -> InvalidCode.NOT_IN_TEAM;
		};
	}
}
