package dev.tether.api.web;

import org.springframework.boot.jackson.JacksonComponent;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.exc.InvalidFormatException;

/**
 * Every string a request body carries, refused when it holds U+0000: PostgreSQL cannot store that
 * character, so it would otherwise fail deep inside a use case instead of naming the field.
 */
@JacksonComponent
public class TextWithoutNul extends StringDeserializer {

	/**
	 * For values Jackson hands to a creator as they are, past this deserializer: a bare string that
	 * stands for an object. A creator's {@link IllegalArgumentException} names its field.
	 */
	public static String requireStorable(String text) {
		if (text.indexOf('\u0000') >= 0) {
			throw new IllegalArgumentException(NulInText.PROBLEM);
		}
		return text;
	}

	@Override
	public String deserialize(JsonParser parser, DeserializationContext context) throws JacksonException {
		String text = super.deserialize(parser, context);
		if (text != null && text.indexOf('\u0000') >= 0) {
			throw new NulInText(parser, text);
		}
		return text;
	}

	/** A string with U+0000 in it; the problem mapping names the field it came in. */
	public static final class NulInText extends InvalidFormatException {

		public static final String PROBLEM = "must not contain the NUL character (U+0000)";

		NulInText(JsonParser parser, String text) {
			super(parser, PROBLEM, text, String.class);
		}
	}
}
