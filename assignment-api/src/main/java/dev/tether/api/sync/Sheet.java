package dev.tether.api.sync;

import java.util.List;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

/** One kind of sync file: its columns, the example its template shows, and how an entry reads and writes. */
interface Sheet<E> {

	/** The header, in the order exports write it; an imported file may order the columns as it likes. */
	List<String> columns();

	/** The columns an imported file must have: those that say which thing a row is. */
	List<String> required();

	E example();

	/** Reads a row's cells, noting on the row whatever is wrong with them. */
	E read(CsvRow row);

	/** The entry's cells, in {@link #columns()} order. */
	List<String> write(E entry);

	/** Values no two rows of one file may share. */
	List<Unique<E>> unique();

	/** A column whose value, as {@code key} reads it, must differ on every row that has one. */
	record Unique<E>(String column, Function<E, @Nullable String> key) {
	}
}
