package dev.tether.core.contact;

import java.util.Objects;

import dev.tether.core.binding.BindingCode;
import dev.tether.core.binding.BindingCodeSigner;
import dev.tether.core.binding.IssuedCode;
import dev.tether.core.binding.TargetState;
import org.jspecify.annotations.Nullable;

/**
 * A binding code a contact sent, with what is needed to judge it: the signer and id of the channel
 * it came in on, and the code as issued with its target's state, if Tether issued it.
 */
public record CodeAttempt(BindingCode code, BindingCodeSigner signer, long channelId, @Nullable IssuedCode issued,
		@Nullable TargetState target) {

	public CodeAttempt {
		Objects.requireNonNull(code, "code");
		Objects.requireNonNull(signer, "signer");
	}
}
