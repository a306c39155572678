package dev.tether.persistence.sync;

import java.util.List;
import java.util.Set;

/**
 * A sync file as read: its rows, and the columns it left out. A left-out column leaves that field
 * of every existing thing as it is; a new thing gets the field's default, which the rows' entries
 * already hold.
 */
public record ImportFile<E>(List<ImportRow<E>> rows, Set<String> absentColumns) {

	public ImportFile {
		rows = List.copyOf(rows);
		absentColumns = Set.copyOf(absentColumns);
	}
}
