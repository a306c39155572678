package dev.tether.persistence.embedded;

import java.nio.file.Path;
import java.util.Map;

import dev.tether.persistence.embedded.EmbeddedDatabase.Durability;
import org.apache.commons.logging.Log;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.logging.DeferredLogFactory;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Points the datasource at an embedded PostgreSQL when none is configured
 * ({@code SPRING_DATASOURCE_URL} unset), so Tether runs on a machine that has only a JDK. The
 * data lives in {@code tether.data-dir}/postgres and survives restarts and crashes: the server
 * runs durable unless {@code tether.embedded-postgres.durable=false}, which only tests set.
 */
public class EmbeddedDatabaseEnvironment implements EnvironmentPostProcessor, Ordered {

	static final String URL = "spring.datasource.url";

	/** Logging is not set up yet when this runs; these lines are written once it is. */
	private final Log log;

	public EmbeddedDatabaseEnvironment(DeferredLogFactory logs) {
		this.log = logs.getLog(EmbeddedDatabase.class);
	}

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		if (environment.containsProperty(URL) && !environment.getProperty(URL, "").isBlank()) {
			return;
		}
		Path dataDirectory = Path.of(environment.getProperty("tether.data-dir", "data"), "postgres");
		boolean fresh = environment.getProperty("tether.embedded-postgres.fresh", Boolean.class, false);
		boolean durable = environment.getProperty("tether.embedded-postgres.durable", Boolean.class, true);
		String url = EmbeddedDatabase.jdbcUrl(dataDirectory, fresh, durable ? Durability.DURABLE : Durability.FAST,
				log);
		environment.getPropertySources()
			.addFirst(new MapPropertySource("tetherEmbeddedPostgres",
					Map.of(URL, url, "spring.datasource.username", "postgres", "spring.datasource.password", "",
							"tether.embedded-postgres.url", url)));
	}

	/** After the application's own configuration is loaded, so a configured URL is seen. */
	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE;
	}
}
