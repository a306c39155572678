package dev.tether.core.binding;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The code a contact sends to bind itself: {@code TB}, twelve random characters and an
 * eight-character signature, all in Crockford's base32. In a chat it stands behind a {@code #},
 * which is how Tether tells a binding attempt from an ordinary message, so an altered code is
 * still recognised as an attempt and answered as invalid.
 */
public record BindingCode(String value) {

	static final String PREFIX = "TB";

	static final int RANDOM_LENGTH = 12;

	static final int SIGNATURE_LENGTH = 8;

	public static final int LENGTH = PREFIX.length() + RANDOM_LENGTH + SIGNATURE_LENGTH;

	static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

	private static final char MARKER = '#';

	private static final Pattern IN_TEXT = Pattern
		.compile(MARKER + "([0-9A-Za-z]{" + LENGTH + "})(?![0-9A-Za-z])");

	public BindingCode {
		if (value.length() != LENGTH) {
			throw new IllegalArgumentException("a binding code has " + LENGTH + " characters");
		}
	}

	/** The first code-shaped token in a chat message, whether or not it is well formed. */
	public static Optional<BindingCode> findIn(String text) {
		Matcher matcher = IN_TEXT.matcher(text);
		return matcher.find() ? Optional.of(new BindingCode(matcher.group(1))) : Optional.empty();
	}

	/** Whether the code has Tether's prefix and alphabet; says nothing about its signature. */
	public boolean isWellFormed() {
		if (!value.startsWith(PREFIX)) {
			return false;
		}
		return value.chars().skip(PREFIX.length()).allMatch(c -> ALPHABET.indexOf(c) >= 0);
	}

	String signedPart() {
		return value.substring(0, LENGTH - SIGNATURE_LENGTH);
	}

	String signature() {
		return value.substring(LENGTH - SIGNATURE_LENGTH);
	}

	/** The default text the contact sends, pre-filled in LINE by the code's link. */
	public String message(String targetName) {
		return appendedTo("Hello! Please connect me with " + targetName + ".");
	}

	/** {@code text} with this code after it, as the webhook finds codes in what contacts send. */
	public String appendedTo(String text) {
		return text + " " + MARKER + value;
	}

	@Override
	public String toString() {
		return value;
	}
}
