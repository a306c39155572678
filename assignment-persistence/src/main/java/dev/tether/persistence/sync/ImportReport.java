package dev.tether.persistence.sync;

import java.util.List;

/**
 * What importing a file did, row by row. A file is applied only when no row is invalid; when it
 * is not, the other rows still say what they would have done.
 */
public record ImportReport(boolean applied, int created, int updated, int unchanged, int invalid, List<Row> rows) {

	static ImportReport of(List<Row> rows) {
		int invalid = count(rows, Result.INVALID);
		return new ImportReport(invalid == 0, count(rows, Result.CREATED), count(rows, Result.UPDATED),
				count(rows, Result.UNCHANGED), invalid, List.copyOf(rows));
	}

	/** The first invalid row's line, for a one-line summary of a rejected file. */
	public long firstInvalidLine() {
		return rows.stream().filter(row -> row.result() == Result.INVALID).findFirst().orElseThrow().line();
	}

	private static int count(List<Row> rows, Result result) {
		return (int) rows.stream().filter(row -> row.result() == result).count();
	}

	/** One row's outcome; {@code key} is the email or code the row names. */
	public record Row(long line, String key, Result result, List<String> errors) {

		public Row {
			errors = List.copyOf(errors);
		}
	}

	/** What a row did, or would have done had the file been applied. */
	public enum Result {
		CREATED, UPDATED, UNCHANGED, INVALID
	}
}
