package dev.tether.persistence.sync;

import java.util.List;
import java.util.Set;

import dev.tether.persistence.sync.ImportReport.Result;
import org.jspecify.annotations.Nullable;

/** What one row of a file will do: its entry, what it names if that exists, and its line in the report. */
record Verdict<E, T>(E entry, @Nullable T existing, ImportReport.Row report) {

	/**
	 * Judges a row whose {@code errors} are its own plus those found against the org. {@code entry}
	 * is what the row makes of the thing (the row's values over the existing ones), {@code current}
	 * how the existing thing would appear in a file, {@code cleared} the fields the row empties.
	 */
	static <E, T> Verdict<E, T> of(ImportRow<E> row, E entry, String key, @Nullable T existing, @Nullable E current,
			List<String> cleared, List<String> errors) {
		Result result;
		if (!errors.isEmpty()) {
			result = Result.INVALID;
		}
		else if (existing == null) {
			result = Result.CREATED;
		}
		else {
			result = entry.equals(current) ? Result.UNCHANGED : Result.UPDATED;
		}
		return new Verdict<>(entry, existing,
				new ImportReport.Row(row.line(), key, result, result == Result.INVALID ? List.of() : cleared, errors));
	}

	Result result() {
		return report.result();
	}

	static ImportReport report(List<? extends Verdict<?, ?>> verdicts, Set<String> absentColumns) {
		return ImportReport.of(verdicts.stream().map(Verdict::report).toList(), absentColumns);
	}
}
