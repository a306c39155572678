package dev.tether.persistence.sync;

import java.util.List;

/**
 * One data row of a sync file: the line a person sees it on (the header is line 1), the entry it
 * describes, and what was wrong with its cells. A row with errors is never applied, so its
 * unreadable cells may hold placeholders.
 */
public record ImportRow<E>(long line, E entry, List<String> errors) {

	public ImportRow {
		errors = List.copyOf(errors);
	}
}
