package dev.tether.persistence.sync;

import java.util.List;
import java.util.Set;

/**
 * What importing a file did, row by row. A file is applied only when no row is invalid; when it
 * is not, the other rows still say what they would have done. {@code unchangedColumns} are the
 * columns the file left out, whose fields every row left as they were.
 */
public record ImportReport(boolean applied, int created, int updated, int unchanged, int invalid,
		List<String> unchangedColumns, List<Row> rows) {

	static ImportReport of(List<Row> rows, Set<String> absentColumns) {
		int invalid = count(rows, Result.INVALID);
		return new ImportReport(invalid == 0, count(rows, Result.CREATED), count(rows, Result.UPDATED),
				count(rows, Result.UNCHANGED), invalid, absentColumns.stream().sorted().toList(), List.copyOf(rows));
	}

	/** The first invalid row's line, for a one-line summary of a rejected file. */
	public long firstInvalidLine() {
		return rows.stream().filter(row -> row.result() == Result.INVALID).findFirst().orElseThrow().line();
	}

	private static int count(List<Row> rows, Result result) {
		return (int) rows.stream().filter(row -> row.result() == result).count();
	}

	/**
	 * One row's outcome; {@code key} is the email or code the row names, {@code cleared} the fields
	 * it emptied with an empty cell.
	 */
	public record Row(long line, String key, Result result, List<String> cleared, List<String> errors) {

		public Row {
			cleared = List.copyOf(cleared);
			errors = List.copyOf(errors);
		}
	}

	/** What a row did, or would have done had the file been applied. */
	public enum Result {
		CREATED, UPDATED, UNCHANGED, INVALID
	}
}
