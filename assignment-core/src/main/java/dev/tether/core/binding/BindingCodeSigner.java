package dev.tether.core.binding;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.random.RandomGenerator;

import dev.tether.core.signing.HmacSha256;

/**
 * Issues and checks binding codes with a channel's secret key. The signature makes codes
 * tamper-evident: changing any character of a code breaks it, without a database look-up.
 */
public final class BindingCodeSigner {

	private final byte[] key;

	private final RandomGenerator random;

	public BindingCodeSigner(byte[] channelKey, RandomGenerator random) {
		if (channelKey.length < 16) {
			throw new IllegalArgumentException("a channel key has at least 16 bytes");
		}
		this.key = channelKey.clone();
		this.random = random;
	}

	public BindingCode issue() {
		StringBuilder signed = new StringBuilder(BindingCode.PREFIX);
		for (int i = 0; i < BindingCode.RANDOM_LENGTH; i++) {
			signed.append(BindingCode.ALPHABET.charAt(random.nextInt(BindingCode.ALPHABET.length())));
		}
		return new BindingCode(signed + sign(signed.toString()));
	}

	public boolean isAuthentic(BindingCode code) {
		if (!code.isWellFormed()) {
			return false;
		}
		byte[] expected = sign(code.signedPart()).getBytes(StandardCharsets.US_ASCII);
		return MessageDigest.isEqual(expected, code.signature().getBytes(StandardCharsets.US_ASCII));
	}

	private String sign(String signedPart) {
		byte[] mac = HmacSha256.of(key, signedPart.getBytes(StandardCharsets.US_ASCII));
		StringBuilder signature = new StringBuilder(BindingCode.SIGNATURE_LENGTH);
		// Five bits per character from the front of the MAC: 40 bits of signature.
		long bits = 0;
		for (int i = 0; i < 5; i++) {
			bits = (bits << 8) | (mac[i] & 0xff);
		}
		for (int i = BindingCode.SIGNATURE_LENGTH - 1; i >= 0; i--) {
			signature.append(BindingCode.ALPHABET.charAt((int) ((bits >>> (5 * i)) & 31)));
		}
		return signature.toString();
	}
}
