package dev.tether.api.sync;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import dev.tether.api.support.TetherClient;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** The sync endpoints of one kind ({@code agents} or {@code teams}), called as a nightly job would. */
final class SyncClient {

	static final String CSV = "text/csv; charset=UTF-8";

	private final TetherClient api;

	private final String token;

	private final String kind;

	SyncClient(TetherClient api, String token, String kind) {
		this.api = api;
		this.token = token;
		this.kind = kind;
	}

	TetherClient.Response upload(String csv) {
		return upload(csv.getBytes(StandardCharsets.UTF_8), CSV);
	}

	TetherClient.Response upload(byte[] body, String contentType) {
		return api.send("POST", "/api/v1/" + kind + "/import", token, contentType, body, Map.of());
	}

	/** Uploads a file that must be applied, and answers its report. */
	JsonNode applied(String csv) {
		TetherClient.Response answer = upload(csv);
		assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
		assertThat(answer.json().path("applied").asBoolean()).isTrue();
		return answer.json();
	}

	/** Uploads a file that must be rejected whole, and answers the report inside the problem. */
	JsonNode rejected(String csv) {
		TetherClient.Response answer = upload(csv);
		assertThat(answer.status()).as(answer.toString()).isEqualTo(422);
		assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
		assertThat(answer.problemCode()).isEqualTo("IMPORT_REJECTED");
		JsonNode report = answer.json().path("report");
		assertThat(report.path("applied").asBoolean()).isFalse();
		return report;
	}

	TetherClient.Response export() {
		return api.get("/api/v1/" + kind + "/export", token);
	}

	TetherClient.Response template() {
		return api.get("/api/v1/" + kind + "/import-template", token);
	}

	/** A downloaded file's text without its byte order mark, checked to be there. */
	static String text(TetherClient.Response file) {
		assertThat(file.status()).as(file.toString()).isEqualTo(200);
		assertThat(file.header("Content-Type")).isEqualTo("text/csv;charset=UTF-8");
		assertThat(file.text()).startsWith("\uFEFF");
		return file.text().substring(1);
	}

	/** A downloaded file's rows, by column name. */
	static List<Map<String, String>> rows(TetherClient.Response file) {
		try (CSVParser parser = CSVFormat.DEFAULT.builder()
			.setHeader()
			.setSkipHeaderRecord(true)
			.get()
			.parse(new StringReader(text(file)))) {
			return parser.getRecords().stream().map(CSVRecord::toMap).toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Each row's result, in file order. */
	static List<String> results(JsonNode report) {
		return report.path("rows").valueStream().map(row -> row.path("result").asString()).toList();
	}
}
