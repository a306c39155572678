package dev.tether.core.binding;

import org.jspecify.annotations.Nullable;

/** The rules every text template an org writes obeys. */
final class Templates {

	private Templates() {
	}

	static void check(String field, @Nullable String template, boolean namesTheTarget) {
		if (template == null) {
			return;
		}
		if (template.isBlank()) {
			throw new IllegalArgumentException(field + ": must not be blank; leave it out for the default text");
		}
		if (template.length() > ReplyTexts.MAX_LENGTH) {
			throw new IllegalArgumentException(field + ": at most " + ReplyTexts.MAX_LENGTH + " characters");
		}
		if (namesTheTarget && !template.contains(ReplyTexts.NAME)) {
			throw new IllegalArgumentException(field + ": must contain " + ReplyTexts.NAME + ", the name it binds to");
		}
	}
}
