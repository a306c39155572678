package dev.tether.api.qr;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.ReaderException;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;

/**
 * Reads QR codes back as a phone would: PNGs as the pixels they are, SVGs by drawing their
 * {@code M x yh1v1h-1z} module squares onto a grid the size of their view box.
 */
public final class QrDecoder {

	private static final Pattern VIEW_BOX = Pattern.compile("viewBox=\"0 0 (\\d+) (\\d+)\"");

	private static final Pattern PATH = Pattern.compile("<path[^>]* d=\"([^\"]*)\"");

	private static final Pattern MODULE = Pattern.compile("M(\\d+) (\\d+)h1v1h-1z");

	private static final int SCALE = 4;

	private QrDecoder() {
	}

	/** The text of a PNG QR code. */
	public static String decodePng(byte[] png) {
		try {
			BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
			if (image == null) {
				throw new AssertionError("not a readable image");
			}
			return decode(image);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The text of an SVG QR code, drawn at four pixels a module. */
	public static String decodeSvg(String svg) {
		boolean[][] modules = modules(svg);
		int height = modules.length;
		int width = modules[0].length;
		BufferedImage image = new BufferedImage(width * SCALE, height * SCALE, BufferedImage.TYPE_INT_RGB);
		for (int y = 0; y < height * SCALE; y++) {
			for (int x = 0; x < width * SCALE; x++) {
				image.setRGB(x, y, modules[y / SCALE][x / SCALE] ? 0x000000 : 0xFFFFFF);
			}
		}
		return decode(image);
	}

	/** The dark modules of an SVG QR code, by row; fails on any path command that is not a module square. */
	static boolean[][] modules(String svg) {
		Matcher viewBox = VIEW_BOX.matcher(svg);
		Matcher path = PATH.matcher(svg);
		if (!viewBox.find() || !path.find()) {
			throw new AssertionError("no viewBox or path in " + svg);
		}
		int width = Integer.parseInt(viewBox.group(1));
		int height = Integer.parseInt(viewBox.group(2));
		boolean[][] modules = new boolean[height][width];
		String d = path.group(1);
		Matcher module = MODULE.matcher(d);
		int end = 0;
		while (module.find()) {
			if (module.start() != end) {
				throw new AssertionError("unexpected path data at " + end + ": " + d.substring(end, module.start()));
			}
			modules[Integer.parseInt(module.group(2))][Integer.parseInt(module.group(1))] = true;
			end = module.end();
		}
		if (end != d.length()) {
			throw new AssertionError("unexpected path data at " + end);
		}
		return modules;
	}

	private static String decode(BufferedImage image) {
		int width = image.getWidth();
		int height = image.getHeight();
		int[] argb = image.getRGB(0, 0, width, height, null, 0, width);
		BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(width, height, argb)));
		try {
			return new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.CHARACTER_SET, "UTF-8")).getText();
		}
		catch (ReaderException ex) {
			throw new AssertionError("no QR code could be read", ex);
		}
	}
}
