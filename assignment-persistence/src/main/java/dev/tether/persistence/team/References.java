package dev.tether.persistence.team;

import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import dev.tether.core.Refusal;

/** Resolving what an outside system calls an agent or a team: one match, none, or too many. */
final class References {

	private References() {
	}

	/** The value as one of Tether's ids, when it can be one. */
	static Optional<Long> asId(String value) {
		if (value.isEmpty() || value.length() > 18 || !value.chars().allMatch(Character::isDigit)) {
			return Optional.empty();
		}
		return Optional.of(Long.parseLong(value));
	}

	/**
	 * The one thing all matches agree on. Matches by several keys that name the same thing are one
	 * match; matches that name different things make the reference ambiguous.
	 */
	static <K extends Enum<K>, T> T single(Map<K, T> matches, Function<T, Long> id, String what, String reference,
			Supplier<Refusal> none) {
		if (matches.values().stream().map(id).distinct().count() > 1) {
			String named = matches.entrySet()
				.stream()
				.map(match -> what + " " + id.apply(match.getValue()) + " by " + keyName(match.getKey()))
				.collect(Collectors.joining(", "));
			throw Refusal.unprocessable("AMBIGUOUS_REFERENCE", reference + " names more than one " + what + ": "
					+ named + ". Name one with an object such as {\"id\": \"...\"}");
		}
		return matches.values().stream().findFirst().orElseThrow(none);
	}

	private static String keyName(Enum<?> key) {
		String[] words = key.name().toLowerCase().split("_");
		return String.join(" ", words);
	}
}
