package dev.tether.benchmark;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The run's settings. Each is {@code --name=value} on the command line, else the system property
 * {@code benchmark.name}, else its default. Every knob read is remembered with its default and
 * meaning, for {@code --help} and for the report, and a name given that no knob reads is refused.
 */
final class Knobs {

	private static final Pattern DURATION = Pattern.compile("(\\d+(?:\\.\\d+)?)(ms|s|m)");

	private final Map<String, String> given;

	private final boolean helpWanted;

	private final Map<String, Knob> read = new LinkedHashMap<>();

	private Knobs(Map<String, String> given, boolean helpWanted) {
		this.given = given;
		this.helpWanted = helpWanted;
	}

	static Knobs of(String[] args) {
		Map<String, String> given = new HashMap<>();
		boolean help = false;
		for (String arg : args) {
			if (arg.equals("--help") || arg.equals("-h")) {
				help = true;
			}
			else if (arg.startsWith("--") && arg.contains("=")) {
				given.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
			}
			else {
				throw new IllegalArgumentException("Arguments are --name=value (see --help), not: " + arg);
			}
		}
		return new Knobs(given, help);
	}

	String text(String name, String fallback, String meaning) {
		String value = given.getOrDefault(name, System.getProperty("benchmark." + name, fallback));
		read.put(name, new Knob(value, fallback, meaning));
		return value;
	}

	int count(String name, int fallback, String meaning) {
		return Integer.parseInt(text(name, Integer.toString(fallback), meaning).replace("_", "").replace(",", ""));
	}

	double number(String name, double fallback, String meaning) {
		return Double.parseDouble(text(name, Double.toString(fallback), meaning));
	}

	Path path(String name, String fallback, String meaning) {
		return Path.of(text(name, fallback, meaning));
	}

	/** {@code 500ms}, {@code 20s} or {@code 2m}. */
	Duration duration(String name, String fallback, String meaning) {
		String value = text(name, fallback, meaning);
		Matcher matcher = DURATION.matcher(value);
		if (!matcher.matches()) {
			throw new IllegalArgumentException(name + " is a duration such as 500ms, 20s or 2m, not " + value);
		}
		double amount = Double.parseDouble(matcher.group(1));
		double millis = switch (matcher.group(2)) {
			case "ms" -> amount;
			case "s" -> amount * 1_000;
			default -> amount * 60_000;
		};
		return Duration.ofMillis(Math.round(millis));
	}

	boolean helpWanted() {
		return helpWanted;
	}

	/** Refuses names no knob read: a typo would otherwise be ignored silently. */
	void rejectUnknown() {
		for (String name : given.keySet()) {
			if (!read.containsKey(name)) {
				throw new IllegalArgumentException("No knob is called " + name + " (see --help)");
			}
		}
	}

	String help() {
		StringBuilder help = new StringBuilder("Knobs (--name=value, or -Dbenchmark.name=value):\n");
		read.forEach((name, knob) -> help.append(String.format("  --%-26s %s (default %s)%n", name, knob.meaning(),
				knob.fallback())));
		return help.toString();
	}

	/** Every knob's value in this run. */
	Map<String, String> values() {
		Map<String, String> values = new LinkedHashMap<>();
		read.forEach((name, knob) -> values.put(name, knob.value()));
		return values;
	}

	private record Knob(String value, String fallback, String meaning) {
	}
}
