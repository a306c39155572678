package dev.tether.benchmark.load;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * wrk from Debian's packages, in a process of its own, sending a {@link WebhookBatch} through
 * {@code webhooks.lua} over a fixed number of connections for a fixed time.
 */
public final class Wrk {

	private static final String RESULT_LINE = "tether-benchmark ";

	private final Path executable;

	private final Path script;

	private Wrk(Path executable, Path script) {
		this.executable = executable;
		this.script = script;
	}

	/**
	 * The named wrk, or {@code wrk} on the PATH, installed with apt-get where it is missing and
	 * this runs as root on Debian. The script is copied into {@code workDirectory}.
	 */
	public static Wrk findOrInstall(String name, Path workDirectory) throws IOException, InterruptedException {
		Optional<Path> found = locate(name);
		if (found.isEmpty() && "wrk".equals(name) && canInstallWithApt()) {
			System.out.println("wrk is missing: installing Debian's package (apt-get install -y wrk)");
			if (apt("install", "-y", "wrk") != 0) {
				apt("update");
				apt("install", "-y", "wrk");
			}
			found = locate(name);
		}
		Path executable = found.orElseThrow(() -> new LoadGeneratorMissing("wrk was not found (looked for '" + name
				+ "') and could not be installed. Install it with 'sudo apt-get install wrk' (Debian, Ubuntu) or"
				+ " 'brew install wrk' (macOS), or name it with --wrk=/path/to/wrk."));
		Path script = workDirectory.resolve("webhooks.lua");
		try (InputStream lua = Wrk.class.getResourceAsStream("webhooks.lua")) {
			Files.copy(lua, script);
		}
		return new Wrk(executable, script);
	}

	/** Sends the batch to {@code webhook} for {@code duration}, each request once, and reads what the script counted. */
	public WrkResult run(URI webhook, WebhookBatch batch, LoadShape shape, Duration duration)
			throws IOException, InterruptedException {
		Path output = Files.createTempFile(batch.file().getParent(), "wrk-", ".out");
		Process wrk = new ProcessBuilder(executable.toString(), "-c" + shape.connections(), "-t" + shape.threads(),
				"-d" + Math.max(1, duration.toSeconds()) + "s", "--timeout", Math.max(1, shape.timeout().toSeconds()) + "s",
				"-s", script.toString(), webhook.resolve("/").toString(), "--", batch.file().toString(),
				Integer.toString(shape.threads()), webhook.getRawPath())
			.redirectErrorStream(true)
			.redirectOutput(output.toFile())
			.start();
		if (!wrk.waitFor(duration.toSeconds() + 60, TimeUnit.SECONDS)) {
			wrk.destroyForcibly();
			throw new IllegalStateException("wrk did not finish; its output is in " + output);
		}
		List<String> lines = Files.readAllLines(output, StandardCharsets.UTF_8);
		String result = lines.stream()
			.filter(line -> line.startsWith(RESULT_LINE))
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("wrk exited " + wrk.exitValue() + " without a result:\n"
					+ String.join("\n", lines)));
		Files.delete(output);
		return parse(result.substring(RESULT_LINE.length()));
	}

	private static WrkResult parse(String line) {
		Map<String, String> fields = new HashMap<>();
		for (String field : line.trim().split(" ")) {
			int equals = field.indexOf('=');
			fields.put(field.substring(0, equals), field.substring(equals + 1));
		}
		Map<Integer, Long> others = new HashMap<>();
		for (String status : fields.get("other").split(",")) {
			if (!status.isEmpty()) {
				String[] parts = status.split(":");
				others.put(Integer.parseInt(parts[0]), Long.parseLong(parts[1]));
			}
		}
		return new WrkResult(Long.parseLong(fields.get("ok")), Map.copyOf(others),
				Long.parseLong(fields.get("socket_errors")), Long.parseLong(fields.get("timeouts")),
				Double.parseDouble(fields.get("p50_micros")) / 1000, Double.parseDouble(fields.get("p99_micros")) / 1000,
				Long.parseLong(fields.get("first_micros")), Long.parseLong(fields.get("last_micros")),
				Integer.parseInt(fields.get("ran_out_threads")) > 0);
	}

	private static Optional<Path> locate(String name) {
		if (name.contains(File.separator)) {
			Path path = Path.of(name);
			return Files.isExecutable(path) ? Optional.of(path) : Optional.empty();
		}
		String searchPath = Optional.ofNullable(System.getenv("PATH")).orElse("");
		return Stream.of(searchPath.split(File.pathSeparator))
			.filter(dir -> !dir.isEmpty())
			.map(dir -> Path.of(dir, name))
			.filter(Files::isExecutable)
			.findFirst();
	}

	private static boolean canInstallWithApt() {
		return locate("apt-get").isPresent() && "root".equals(System.getProperty("user.name"));
	}

	private static int apt(String... arguments) throws IOException, InterruptedException {
		String[] command = Stream.concat(Stream.of("apt-get", "-q"), Stream.of(arguments)).toArray(String[]::new);
		ProcessBuilder apt = new ProcessBuilder(command).inheritIO();
		apt.environment().put("DEBIAN_FRONTEND", "noninteractive");
		return apt.start().waitFor();
	}

	/** No wrk, and no way to get one here: the run cannot measure and says how to fix it. */
	public static final class LoadGeneratorMissing extends RuntimeException {

		LoadGeneratorMissing(String message) {
			super(message);
		}
	}
}
