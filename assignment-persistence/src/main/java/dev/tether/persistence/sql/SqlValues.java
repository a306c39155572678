package dev.tether.persistence.sql;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.jspecify.annotations.Nullable;

/**
 * Values as the PostgreSQL driver takes them in plain JDBC: an instant as an offset date-time,
 * which it sends as {@code timestamptz} whatever the JVM's time zone. The driver sends arrays of
 * numbers, booleans and strings only, so arrays of instants and UUIDs travel as text and the SQL
 * casts them ({@code ::timestamptz[]}, {@code ::uuid[]}).
 */
public final class SqlValues {

	private SqlValues() {
	}

	public static @Nullable OffsetDateTime at(@Nullable Instant instant) {
		return instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
	}

	public static String[] texts(Object[] values) {
		String[] texts = new String[values.length];
		for (int i = 0; i < values.length; i++) {
			texts[i] = values[i] == null ? null : values[i].toString();
		}
		return texts;
	}
}
