package dev.tether.api.sync;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

/**
 * One data row of a sync file, read cell by cell. Each reader notes what is wrong with its cell
 * instead of stopping, so a report can list every problem of every row at once; a cell that cannot
 * be read answers a placeholder, which is never applied because the row is invalid.
 */
final class CsvRow {

	private final long line;

	private final Map<String, String> cells;

	private final List<String> errors = new ArrayList<>();

	CsvRow(long line, Map<String, String> cells) {
		this.line = line;
		this.cells = cells;
	}

	/** The line a person sees the row on in a spreadsheet; the header is line 1. */
	long line() {
		return line;
	}

	List<String> errors() {
		return errors;
	}

	/** Notes what is wrong with the row as a whole. */
	void refuse(String problem) {
		errors.add(problem);
	}

	void refuse(String column, String problem) {
		refuse(column + ": " + problem);
	}

	/** Whether the file has this column at all. */
	boolean has(String column) {
		return cells.containsKey(column);
	}

	/** The cell without surrounding blanks; empty when absent. */
	String text(String column) {
		return cells.getOrDefault(column, "").strip();
	}

	String required(String column, int maxLength) {
		String text = text(column);
		if (text.isEmpty()) {
			refuse(column, "is required");
		}
		return limited(column, text, maxLength);
	}

	/** Empty means "none". */
	@Nullable String optional(String column, int maxLength) {
		String text = limited(column, text(column), maxLength);
		return text.isEmpty() ? null : text;
	}

	/** A whole number from {@code min} to {@code max}; empty means {@code ifEmpty}. */
	@Nullable Integer number(String column, int min, int max, @Nullable Integer ifEmpty) {
		String text = text(column);
		if (text.isEmpty()) {
			return ifEmpty;
		}
		try {
			int value = Integer.parseInt(text);
			if (value >= min && value <= max) {
				return value;
			}
		}
		catch (NumberFormatException ex) {
			// reported below, as for a number out of range
		}
		refuse(column, "must be a whole number from " + min + " to " + max + ", not " + text);
		return ifEmpty;
	}

	/** One of {@code allowed}, in any letter case; empty means {@code ifEmpty}, or is refused when that is null. */
	@SafeVarargs
	final <E extends Enum<E>> E choice(String column, @Nullable E ifEmpty, E... allowed) {
		String text = text(column);
		if (text.isEmpty() && ifEmpty != null) {
			return ifEmpty;
		}
		for (E candidate : allowed) {
			if (candidate.name().equalsIgnoreCase(text)) {
				return candidate;
			}
		}
		refuse(column, text.isEmpty() ? "is required"
				: "must be one of " + Arrays.stream(allowed).map(Enum::name).collect(Collectors.joining(", "))
						+ ", not " + text);
		return allowed[0];
	}

	/** {@code true} or {@code false} in any letter case, as spreadsheets write them; empty means false. */
	boolean flag(String column) {
		String text = text(column).toLowerCase(Locale.ROOT);
		if (!text.isEmpty() && !text.equals("true") && !text.equals("false")) {
			refuse(column, "must be true or false, not " + text(column));
		}
		return text.equals("true");
	}

	private String limited(String column, String text, int maxLength) {
		if (text.length() > maxLength) {
			refuse(column, "must be at most " + maxLength + " characters");
		}
		return text;
	}
}
