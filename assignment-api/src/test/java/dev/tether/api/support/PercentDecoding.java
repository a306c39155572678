package dev.tether.api.support;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

/** Reads LINE links back: strict RFC 3986 percent-decoding, where (unlike URLDecoder) '+' stays '+'. */
public final class PercentDecoding {

	private PercentDecoding() {
	}

	public static String decode(String encoded) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		for (int i = 0; i < encoded.length(); i++) {
			char c = encoded.charAt(i);
			if (c == '%') {
				bytes.write(HexFormat.fromHexDigits(encoded, i + 1, i + 3));
				i += 2;
			}
			else {
				bytes.write(c);
			}
		}
		return bytes.toString(StandardCharsets.UTF_8);
	}
}
