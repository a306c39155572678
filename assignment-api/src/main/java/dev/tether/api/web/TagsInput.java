package dev.tether.api.web;

import java.util.List;

import dev.tether.core.Refusal;
import dev.tether.core.binding.AutoTags;
import org.jspecify.annotations.Nullable;

/** Turns a request's tag list into {@link AutoTags}, answering a bad list as invalid input. */
public final class TagsInput {

	private TagsInput() {
	}

	public static @Nullable AutoTags of(String field, @Nullable List<String> tags) {
		if (tags == null) {
			return null;
		}
		try {
			return new AutoTags(tags);
		}
		catch (IllegalArgumentException | NullPointerException ex) {
			throw Refusal.invalidInput("VALIDATION_FAILED", field + ": " + ex.getMessage());
		}
	}
}
