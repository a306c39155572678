package dev.tether.api.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** Files the API hands out: CSV as spreadsheets read it, under download names that keep any language. */
public final class Downloads {

	public static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");

	private Downloads() {
	}

	/** UTF-8 CSV with a header row; values with commas, quotes or line breaks are quoted. */
	public static byte[] csv(List<String> header, List<? extends List<?>> rows) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
				CSVPrinter csv = new CSVPrinter(writer,
						CSVFormat.DEFAULT.builder().setHeader(header.toArray(String[]::new)).get())) {
			for (List<?> row : rows) {
				csv.printRecord(row);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	public static ResponseEntity<byte[]> attachment(String filename, MediaType type, byte[] body) {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(type);
		headers.setContentDisposition(
				ContentDisposition.attachment().filename(safeName(filename), StandardCharsets.UTF_8).build());
		return ResponseEntity.ok().headers(headers).body(body);
	}

	/** File names keep their letters, Japanese included, but lose path and quoting characters. */
	public static String safeName(String name) {
		return name.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_");
	}
}
