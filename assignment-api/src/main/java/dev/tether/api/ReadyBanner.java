package dev.tether.api;

import java.io.PrintStream;

import dev.tether.api.config.TetherProperties;
import dev.tether.api.security.AdminToken;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Tells whoever started Tether where it listens and which admin token to use. A token given
 * through {@code TETHER_ADMIN_TOKEN} is the operator's secret and is not echoed.
 */
@Component
class ReadyBanner {

	private final AdminToken adminToken;

	private final TetherProperties properties;

	private final PrintStream out = System.out;

	ReadyBanner(AdminToken adminToken, TetherProperties properties) {
		this.adminToken = adminToken;
		this.properties = properties;
	}

	@EventListener(ApplicationReadyEvent.class)
	void announce(ApplicationReadyEvent ready) {
		Environment environment = ready.getApplicationContext().getEnvironment();
		String url = "http://localhost:" + environment.getProperty("local.server.port", "8080");
		String token = adminToken.generated()
				? adminToken.value() + "   (generated, kept in " + properties.dataDir().resolve("admin-token") + ")"
				: "the value of TETHER_ADMIN_TOKEN";
		out.println();
		out.println("  Tether is ready at " + url);
		out.println("  Platform admin token: " + token);
		out.println("  LINE webhook URL:     " + url + "/line/webhook/{channelId}");
		out.println("  API docs:             " + url + "/swagger-ui.html");
		if (environment.getProperty("tether.embedded-postgres.url") != null) {
			out.println("  Database:             embedded PostgreSQL, data in "
					+ properties.dataDir().resolve("postgres").toAbsolutePath());
		}
		out.println();
	}
}
