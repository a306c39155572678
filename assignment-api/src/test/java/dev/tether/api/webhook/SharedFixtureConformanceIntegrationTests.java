package dev.tether.api.webhook;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import dev.tether.api.support.IntegrationTest;
import dev.tether.api.support.LineWebhook;
import dev.tether.api.support.OrgFixture;
import dev.tether.api.support.TetherClient;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

/**
 * Every webhook body in the shared LINE fixtures, posted byte for byte with the signature LINE's
 * sample secret gives it, is accepted. Skipped where the shared directory is not checked out.
 */
class SharedFixtureConformanceIntegrationTests extends IntegrationTest {

	private static final String FIXTURE_SECRET = "8c570fa6dd201bb328f1c1eac23a96d8";

	@Test
	void theProvenanceListsEveryFixtureWithTheSignatureOfItsExactBytes() throws IOException {
		Path fixtures = fixtureDirectory();
		Map<String, String> listed = listedSignatures(fixtures.resolve("PROVENANCE.txt"));
		List<Path> files = jsonFilesIn(fixtures);

		assertThat(files).isNotEmpty();
		assertThat(listed.keySet()).containsExactlyInAnyOrderElementsOf(files.stream().map(Path::getFileName)
			.map(Path::toString)
			.toList());
		for (Path file : files) {
			assertThat(LineWebhook.signature(FIXTURE_SECRET, Files.readAllBytes(file))).as(file.getFileName().toString())
				.isEqualTo(listed.get(file.getFileName().toString()));
		}
	}

	@TestFactory
	Stream<DynamicTest> everySharedFixtureIsAcceptedWithItsListedSignature() throws IOException {
		Path fixtures = fixtureDirectory();
		Map<String, String> listed = listedSignatures(fixtures.resolve("PROVENANCE.txt"));
		OrgFixture org = anOrg();
		return jsonFilesIn(fixtures).stream().map(file -> dynamicTest(file.getFileName().toString(), () -> {
			byte[] body = Files.readAllBytes(file);
			String signature = listed.get(file.getFileName().toString());
			assertThat(signature).as("listed in PROVENANCE.txt").isNotNull();

			TetherClient.Response answer = webhookOf(org.aChannelWithSecret(FIXTURE_SECRET)).deliverSigned(body,
					signature);

			assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
		}));
	}

	private static Path fixtureDirectory() {
		String shared = System.getProperty("tether.shared-dir");
		assumeTrue(shared != null && !shared.isBlank(), "tether.shared-dir is not set");
		Path fixtures = Path.of(shared, "line-fixtures");
		assumeTrue(Files.isDirectory(fixtures), () -> fixtures + " is absent");
		return fixtures;
	}

	private static List<Path> jsonFilesIn(Path directory) throws IOException {
		try (Stream<Path> files = Files.list(directory)) {
			return files.filter(file -> file.getFileName().toString().endsWith(".json")).sorted().toList();
		}
	}

	/** The table lines {@code name | original path | signature} of PROVENANCE.txt. */
	private static Map<String, String> listedSignatures(Path provenance) throws IOException {
		Map<String, String> signatures = new LinkedHashMap<>();
		for (String line : Files.readAllLines(provenance, StandardCharsets.UTF_8)) {
			String[] columns = line.split("\\s*\\|\\s*");
			if (columns.length == 3 && columns[0].strip().endsWith(".json")) {
				signatures.put(columns[0].strip(), columns[2].strip());
			}
		}
		return signatures;
	}
}
