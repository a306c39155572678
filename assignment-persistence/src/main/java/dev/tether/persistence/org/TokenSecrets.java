package dev.tether.persistence.org;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/** Makes token secrets and the hashes they are stored and found by. */
public final class TokenSecrets {

	private static final SecureRandom RANDOM = new SecureRandom();

	private TokenSecrets() {
	}

	public static String newSecret() {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		return "tt_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	/** SHA-256 suffices: the secrets are long and random, so there is nothing to brute-force. */
	public static String hash(String secret) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every JDK", ex);
		}
	}
}
