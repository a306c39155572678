package dev.tether.api.sync;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import dev.tether.api.web.Downloads;
import dev.tether.core.Refusal;
import dev.tether.api.web.TextWithoutNul;
import dev.tether.persistence.sync.ImportFile;
import dev.tether.persistence.sync.ImportRow;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads and writes sync files: UTF-8 CSV whose first row names the sheet's required columns and
 * any of its others. Lines are counted as a spreadsheet shows them: the header is line 1, blank
 * lines count but are skipped, and a quoted value spanning several text lines stays on one line.
 */
final class SyncFiles {

	/** What Excel needs to see to read a CSV file as UTF-8 rather than the local code page. */
	private static final char BOM = '\uFEFF';

	private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(false).get();

	private SyncFiles() {
	}

	/** The file's rows, each with what is wrong with it; a file that is not readable CSV is refused whole. */
	static <E> ImportFile<E> read(byte[] body, Sheet<E> sheet) {
		Table table = table(text(body), sheet);
		List<CsvRow> rows = table.rows();
		List<E> entries = rows.stream().map(sheet::read).toList();
		sheet.unique().forEach(unique -> refuseRepeats(rows, entries, unique));
		Set<String> absent = new LinkedHashSet<>(sheet.columns());
		table.header().forEach(absent::remove);
		return new ImportFile<>(IntStream.range(0, rows.size())
			.mapToObj(i -> new ImportRow<>(rows.get(i).line(), entries.get(i), rows.get(i).errors()))
			.toList(), absent);
	}

	/** The entries as a file that reads back to the same entries, with a BOM so Excel shows Japanese right. */
	static <E> byte[] write(Sheet<E> sheet, List<E> entries) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.writeBytes(String.valueOf(BOM).getBytes(StandardCharsets.UTF_8));
		out.writeBytes(Downloads.csv(sheet.columns(), entries.stream().map(sheet::write).toList()));
		return out.toByteArray();
	}

	/** The body as strict UTF-8 without its BOM: a file saved in another encoding is refused, not garbled. */
	private static String text(byte[] body) {
		CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
		ByteBuffer in = ByteBuffer.wrap(body);
		CharBuffer out = CharBuffer.allocate(body.length);
		CoderResult result = decoder.decode(in, out, true);
		if (result.isError()) {
			throw invalid(textLineAt(body, in.position()),
					"is not UTF-8; save the file as \"CSV UTF-8\" and send it again");
		}
		decoder.flush(out);
		String text = out.flip().toString();
		return !text.isEmpty() && text.charAt(0) == BOM ? text.substring(1) : text;
	}

	private static long textLineAt(byte[] body, int position) {
		return 1 + IntStream.range(0, position).filter(i -> body[i] == '\n').count();
	}

	private static Table table(String text, Sheet<?> sheet) {
		try (CSVParser parser = FORMAT.parse(new StringReader(text))) {
			List<String> header = null;
			List<CsvRow> rows = new ArrayList<>();
			Iterator<CSVRecord> records = parser.iterator();
			while (hasNext(records, parser)) {
				CSVRecord record = records.next();
				if (record.stream().allMatch(String::isBlank)) {
					continue;
				}
				if (header == null) {
					header = header(record, sheet);
				}
				else {
					rows.add(row(record, header));
				}
			}
			if (header == null) {
				throw invalid(1, "must be a header " + headerRule(sheet) + ", but the file is empty");
			}
			return new Table(header, rows);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("A string cannot fail to be read", ex);
		}
	}

	/** Commons CSV reports broken quoting while looking for the next record, which starts on the next line. */
	private static boolean hasNext(Iterator<CSVRecord> records, CSVParser parser) {
		try {
			return records.hasNext();
		}
		catch (UncheckedIOException ex) {
			throw invalid(parser.getRecordNumber() + 1,
					"is not valid CSV: a quoted value is not closed, or has text after its closing quote");
		}
	}

	private static List<String> header(CSVRecord record, Sheet<?> sheet) {
		List<String> names = record.stream().map(String::strip).toList();
		Set<String> seen = new HashSet<>();
		List<String> problems = new ArrayList<>();
		names.stream()
			.filter(name -> !sheet.columns().contains(name))
			.forEach(name -> problems.add("unknown column " + quoted(name)));
		sheet.required()
			.stream()
			.filter(name -> !names.contains(name))
			.forEach(name -> problems.add("missing column " + quoted(name)));
		names.stream()
			.filter(name -> !seen.add(name))
			.distinct()
			.forEach(name -> problems.add("column " + quoted(name) + " twice"));
		if (!problems.isEmpty()) {
			throw invalid(record.getRecordNumber(),
					"must be a header " + headerRule(sheet) + ", but has " + String.join(", ", problems));
		}
		return names;
	}

	/** What a header must hold, as a person reads it. */
	private static String headerRule(Sheet<?> sheet) {
		List<String> optional = sheet.columns().stream().filter(name -> !sheet.required().contains(name)).toList();
		return "with the columns " + String.join(",", sheet.required()) + " and any of "
				+ String.join(",", optional) + " (in any order)";
	}

	private static String quoted(String name) {
		return '"' + name + '"';
	}

	private static CsvRow row(CSVRecord record, List<String> header) {
		Map<String, String> cells = new HashMap<>();
		List<String> unstorable = new ArrayList<>();
		for (int i = 0; i < header.size(); i++) {
			String cell = i < record.size() ? record.get(i) : "";
			if (cell.indexOf('\u0000') >= 0) {
				unstorable.add(header.get(i));
				cell = cell.replace('\u0000', '\uFFFD');
			}
			cells.put(header.get(i), cell);
		}
		CsvRow row = new CsvRow(record.getRecordNumber(), cells);
		if (record.size() != header.size()) {
			row.refuse("has " + record.size() + " values where the header has " + header.size());
		}
		unstorable.forEach(column -> row.refuse(column, TextWithoutNul.NulInText.PROBLEM));
		return row;
	}

	/** Every row sharing a value with another names the other lines, so either can be fixed. */
	private static <E> void refuseRepeats(List<CsvRow> rows, List<E> entries, Sheet.Unique<E> unique) {
		Map<String, List<CsvRow>> byValue = new LinkedHashMap<>();
		for (int i = 0; i < rows.size(); i++) {
			String value = unique.key().apply(entries.get(i));
			if (value != null && !value.isEmpty()) {
				byValue.computeIfAbsent(value, key -> new ArrayList<>()).add(rows.get(i));
			}
		}
		byValue.values().stream().filter(sharing -> sharing.size() > 1).forEach(sharing -> {
			for (CsvRow row : sharing) {
				row.refuse(unique.column(), "also on line " + sharing.stream()
					.filter(other -> other != row)
					.map(other -> Long.toString(other.line()))
					.collect(Collectors.joining(", ")));
			}
		});
	}

	private static Refusal invalid(long line, String problem) {
		return Refusal.invalidInput("INVALID_CSV", "Line " + line + " " + problem);
	}

	/** The header as read, and the data rows under it. */
	private record Table(List<String> header, List<CsvRow> rows) {
	}
}
