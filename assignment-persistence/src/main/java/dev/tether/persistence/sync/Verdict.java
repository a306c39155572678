package dev.tether.persistence.sync;

import java.util.List;

import dev.tether.persistence.sync.ImportReport.Result;
import org.jspecify.annotations.Nullable;

/** What one row of a file will do: its entry, what it names if that exists, and its line in the report. */
record Verdict<E, T>(E entry, @Nullable T existing, ImportReport.Row report) {

	/**
	 * Judges a row whose {@code errors} are its own plus those found against the org;
	 * {@code current} is how the existing thing would appear in a file.
	 */
	static <E, T> Verdict<E, T> of(ImportRow<E> row, String key, @Nullable T existing, @Nullable E current,
			List<String> errors) {
		Result result;
		if (!errors.isEmpty()) {
			result = Result.INVALID;
		}
		else if (existing == null) {
			result = Result.CREATED;
		}
		else {
			result = row.entry().equals(current) ? Result.UNCHANGED : Result.UPDATED;
		}
		return new Verdict<>(row.entry(), existing, new ImportReport.Row(row.line(), key, result, errors));
	}

	Result result() {
		return report.result();
	}

	static ImportReport report(List<? extends Verdict<?, ?>> verdicts) {
		return ImportReport.of(verdicts.stream().map(Verdict::report).toList());
	}
}
