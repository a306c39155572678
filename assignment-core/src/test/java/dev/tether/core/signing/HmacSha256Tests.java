package dev.tether.core.signing;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HmacSha256Tests {

	/** RFC 4231, test case 2: a short key and a short message. */
	@Test
	void itIsTheHmacOfRfc4231() {
		byte[] mac = HmacSha256.of("Jefe".getBytes(StandardCharsets.US_ASCII),
				"what do ya want for nothing?".getBytes(StandardCharsets.US_ASCII));

		assertThat(HexFormat.of().formatHex(mac))
			.isEqualTo("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
	}
}
