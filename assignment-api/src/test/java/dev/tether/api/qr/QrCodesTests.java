package dev.tether.api.qr;

import java.nio.charset.StandardCharsets;

import dev.tether.api.binding.QrCodes;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Tether's QR images read back to exactly the text they were drawn from. */
class QrCodesTests {

	private static final String LINK = "https://line.me/R/oaMessage/%40brand/?Hello%21%20Please%20connect%20me%20"
			+ "with%20Alice%20Chen.%20%23TB0123456789ABCDEFGHJK";

	@Test
	void aPngReadsBackAsTheLink() {
		byte[] png = QrCodes.png(LINK);

		assertThat(png).startsWith(0x89, 'P', 'N', 'G');
		assertThat(QrDecoder.decodePng(png)).isEqualTo(LINK);
	}

	@Test
	void anSvgReadsBackAsTheLink() {
		String svg = QrCodes.svg(LINK);

		assertThat(svg).startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\"");
		assertThat(QrDecoder.decodeSvg(svg)).isEqualTo(LINK);
	}

	@Test
	void anSvgKeepsAQuietZoneOfFourModules() {
		boolean[][] modules = QrDecoder.modules(QrCodes.svg(LINK));

		for (int y = 0; y < modules.length; y++) {
			for (int x = 0; x < modules[y].length; x++) {
				boolean inQuietZone = x < 4 || y < 4 || x >= modules[y].length - 4 || y >= modules.length - 4;
				if (inQuietZone) {
					assertThat(modules[y][x]).as("module %d,%d", x, y).isFalse();
				}
			}
		}
	}

	@Test
	void textBeyondAsciiReadsBackUnchanged() {
		String japanese = "営業チームの山田さんにつないでください";

		assertThat(QrDecoder.decodeSvg(QrCodes.svg(japanese))).isEqualTo(japanese);
		assertThat(QrDecoder.decodePng(QrCodes.png(japanese)).getBytes(StandardCharsets.UTF_8))
			.isEqualTo(japanese.getBytes(StandardCharsets.UTF_8));
	}
}
