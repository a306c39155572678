package dev.tether.api.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import dev.tether.api.config.TetherProperties;
import dev.tether.persistence.org.TokenSecrets;

/**
 * The platform admin token: {@code TETHER_ADMIN_TOKEN} when set, otherwise one generated on first
 * start and kept in the data directory, so it survives restarts like the data does.
 */
public record AdminToken(String value, boolean generated) {

	static AdminToken resolve(TetherProperties properties) {
		if (properties.adminToken() != null && !properties.adminToken().isBlank()) {
			return new AdminToken(properties.adminToken().strip(), false);
		}
		Path file = properties.dataDir().resolve("admin-token");
		try {
			if (Files.exists(file)) {
				return new AdminToken(Files.readString(file).strip(), true);
			}
			Files.createDirectories(file.getParent());
			String token = TokenSecrets.newSecret();
			Files.writeString(file, token);
			restrictToOwner(file);
			return new AdminToken(token, true);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not keep the admin token in " + file, ex);
		}
	}

	private static void restrictToOwner(Path file) throws IOException {
		try {
			Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
		}
		catch (UnsupportedOperationException notPosix) {
			// Windows: the file keeps the directory's permissions.
		}
	}
}
