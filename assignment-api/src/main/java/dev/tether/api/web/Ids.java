package dev.tether.api.web;

import java.util.ArrayList;
import java.util.List;

import dev.tether.core.Refusal;
import org.jspecify.annotations.Nullable;

/** Ids travel as strings in JSON; inside Tether they are numbers. */
public final class Ids {

	private Ids() {
	}

	public static @Nullable String format(@Nullable Long id) {
		return id == null ? null : id.toString();
	}

	/** An id from a request body; one that cannot be a Tether id names nothing, so it is not found. */
	public static @Nullable Long parse(@Nullable String id, String notFoundCode, String what) {
		if (id == null || id.isBlank()) {
			return null;
		}
		try {
			return Long.parseLong(id.strip());
		}
		catch (NumberFormatException ex) {
			throw Refusal.notFound(notFoundCode, "No " + what + " " + id);
		}
	}

	/** A list of ids from a request; no list is an empty one. */
	public static List<Long> parseAll(@Nullable List<String> ids, String notFoundCode, String what) {
		List<Long> parsed = new ArrayList<>();
		if (ids != null) {
			ids.forEach(id -> parsed.add(parse(id, notFoundCode, what)));
		}
		return parsed;
	}
}
