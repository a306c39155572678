package dev.tether.benchmark.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** What the numbers were measured on, in one line: cores, processor, memory, system, JDK. */
public final class Machine {

	private Machine() {
	}

	public static String describe() {
		String cpu = firstValue(Path.of("/proc/cpuinfo"), "model name").map(model -> " (" + model + ")").orElse("");
		String memory = firstValue(Path.of("/proc/meminfo"), "MemTotal")
			.map(total -> String.format(", %.0f GiB", Long.parseLong(total.replaceAll("\\D", "")) / 1024.0 / 1024.0))
			.orElse("");
		return Runtime.getRuntime().availableProcessors() + " cores" + cpu + memory + ", "
				+ System.getProperty("os.name") + " " + System.getProperty("os.version") + ", "
				+ System.getProperty("java.vm.name") + " " + System.getProperty("java.version");
	}

	private static Optional<String> firstValue(Path file, String key) {
		try {
			List<String> lines = Files.readAllLines(file);
			return lines.stream()
				.filter(line -> line.startsWith(key))
				.map(line -> line.substring(line.indexOf(':') + 1).trim())
				.findFirst();
		}
		catch (IOException notLinux) {
			return Optional.empty();
		}
	}
}
