package dev.tether.api.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import dev.tether.api.TetherApplication;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole application on a random port, against a real PostgreSQL (see {@link TestDatabase})
 * and a LINE API stub over real HTTP.
 * Every test class shares one context; tests stay apart by each creating its own org.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "tether.admin-token=" + IntegrationTest.ADMIN_TOKEN, "tether.embedded-postgres.fresh=true",
				"tether.embedded-postgres.durable=false",
				"tether.line.reply-timeout=1s", "tether.line.reply-poll-interval=200ms", "tether.events.timeout=1s" })
@Import(TestSupportConfiguration.class)
public abstract class IntegrationTest {

	public static final String ADMIN_TOKEN = "test-platform-admin-token";

	protected static final WireMockServer LINE_API = new WireMockServer(
			WireMockConfiguration.options().dynamicPort().containerThreads(40));

	private static final Path DATA_DIR;

	static {
		TestDatabase.choose();
		LINE_API.start();
		try {
			DATA_DIR = Files.createTempDirectory("tether-test-");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		// A system property, not a dynamic one: the embedded database starts while the
		// environment is prepared, before dynamic properties exist.
		System.setProperty("tether.data-dir", DATA_DIR.toString());
	}

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		registry.add("tether.line.api-base-url", LINE_API::baseUrl);
	}

	@LocalServerPort
	private int port;

	@Autowired
	protected JdbcClient db;

	@Autowired
	private Environment environment;

	@Autowired
	protected SqlStatementCounter sqlStatements;

	protected TetherClient api;

	protected LineStub line;

	@BeforeEach
	void connect() {
		api = new TetherClient("http://localhost:" + port);
		line = new LineStub(LINE_API);
		line.acceptReplies();
	}

	/** A new org, with its owner token, made through the API as a brand would. */
	protected OrgFixture anOrg() {
		return OrgFixture.create(api);
	}

	/** A new org made through another instance of the application, such as one in its own process. */
	protected static OrgFixture anOrgOn(TetherClient instance) {
		return OrgFixture.create(instance);
	}

	protected LineWebhook webhookOf(OrgFixture.ChannelRef channel) {
		return new LineWebhook(api, channel, new InboxSettling(db));
	}

	/** LINE delivering to another instance of the application on this test's database. */
	protected LineWebhook webhookOf(TetherClient instance, OrgFixture.ChannelRef channel) {
		return new LineWebhook(instance, channel, new InboxSettling(db));
	}

	/** Waits until the channel's stored events are all processed, by whichever instance. */
	protected void awaitInboxProcessed(OrgFixture.ChannelRef channel) {
		new InboxSettling(db).awaitProcessed(channel);
	}

	/** LINE delivering to an instance with a database of its own: nothing waits for its processing. */
	protected static LineWebhook unsettledWebhookOf(TetherClient instance, OrgFixture.ChannelRef channel) {
		return new LineWebhook(instance, channel, null);
	}

	/** The answer, having checked its status: a failure shows the whole answer. */
	public static TetherClient.Response expect(int status, TetherClient.Response response) {
		assertThat(response.status()).as(response.toString()).isEqualTo(status);
		return response;
	}

	protected static TetherClient clientFor(int port) {
		return new TetherClient("http://localhost:" + port);
	}

	/**
	 * Another instance of the application on the same database and LINE stub, as a second node
	 * behind a load balancer or a restarted one. Settings go in as arguments, not default
	 * properties, which application.properties would override (a fixed port among them).
	 */
	protected ConfigurableApplicationContext anotherInstance(String... settings) {
		return anotherInstanceOn(environment.getProperty("spring.datasource.url"),
				environment.getProperty("spring.datasource.username"),
				environment.getProperty("spring.datasource.password", ""), settings);
	}

	/** Another instance of the application on a database of the test's own. */
	protected static ConfigurableApplicationContext anotherInstanceOn(String jdbcUrl, String username, String password,
			String... settings) {
		List<String> arguments = new ArrayList<>(List.of("--server.port=0", "--spring.datasource.url=" + jdbcUrl,
				"--spring.datasource.username=" + username, "--spring.datasource.password=" + password,
				"--tether.admin-token=" + ADMIN_TOKEN, "--tether.line.api-base-url=" + LINE_API.baseUrl(),
				"--tether.events.timeout=1s", "--tether.data-dir=" + DATA_DIR.resolve("instance-" + UUID.randomUUID())));
		Arrays.stream(settings).map(setting -> "--" + setting).forEach(arguments::add);
		return new SpringApplicationBuilder(TetherApplication.class).run(arguments.toArray(String[]::new));
	}

	protected static int portOf(ConfigurableApplicationContext instance) {
		return instance.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
	}
}
