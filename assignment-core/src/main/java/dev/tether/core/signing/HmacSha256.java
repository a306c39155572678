package dev.tether.core.signing;

import java.security.GeneralSecurityException;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** HMAC-SHA256, as binding codes and the signatures on outbound events use it. */
public final class HmacSha256 {

	private static final String ALGORITHM = "HmacSHA256";

	private HmacSha256() {
	}

	/** The 32-byte MAC of {@code data} under {@code key}. */
	public static byte[] of(byte[] key, byte[] data) {
		try {
			Mac mac = Mac.getInstance(ALGORITHM);
			mac.init(new SecretKeySpec(key, ALGORITHM));
			return mac.doFinal(data);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HmacSHA256 is part of every JDK", ex);
		}
	}
}
