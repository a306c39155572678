package dev.tether.api.console.browser;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import dev.tether.api.support.IntegrationTest;
import dev.tether.api.support.OrgFixture.Person;
import dev.tether.api.support.TetherClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.test.context.TestPropertySource;

/**
 * Tests that drive Debian's Chromium, headless, through its chromedriver: one browser per test
 * class, with its cookies cleared before each test. Without Chromium the tests are skipped, and
 * say so. A short presence TTL (the same as the presence tests', so they share a context) lets
 * presence lapse within seconds of a page closing.
 */
@TestPropertySource(properties = "tether.presence-ttl=2s")
abstract class BrowserTest extends IntegrationTest {

	static final Path CHROMIUM = Path.of(System.getProperty("tether.chromium", "/usr/bin/chromium"));

	static final Path CHROMEDRIVER = Path.of(System.getProperty("tether.chromedriver", "/usr/bin/chromedriver"));

	protected static ChromeDriver browser;

	private static Path profile;

	@BeforeAll
	static void startBrowser() throws IOException {
		if (!installed()) {
			System.err.println("Browser tests skipped: no Chromium at " + CHROMIUM + " and chromedriver at "
					+ CHROMEDRIVER + " (apt-get install chromium chromium-driver)");
			return;
		}
		profile = Files.createTempDirectory("tether-chromium-");
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM.toFile());
		options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
				"--disable-background-networking", "--disable-component-update", "--disable-sync",
				"--disable-dev-shm-usage", "--lang=en-US", "--window-size=1280,900", "--user-data-dir=" + profile);
		ChromeDriverService service = new ChromeDriverService.Builder()
			.usingDriverExecutable(CHROMEDRIVER.toFile())
			.usingAnyFreePort()
			.build();
		browser = new ChromeDriver(service, options);
		browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
	}

	@AfterAll
	static void stopBrowser() throws IOException {
		if (browser != null) {
			browser.quit();
			browser = null;
		}
		if (profile != null) {
			try (var files = Files.walk(profile)) {
				files.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
			}
		}
	}

	/** Each test, not the class, is skipped, so the build's count of skipped tests shows it. */
	@BeforeEach
	void freshBrowser() {
		Assumptions.assumeTrue(installed(), "Browser test skipped: Chromium or chromedriver is not installed");
		browser.get(api.baseUrl() + "/console/login");
		browser.manage().deleteAllCookies();
		browser.manage().window().setSize(new Dimension(1280, 900));
	}

	private static boolean installed() {
		return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
	}

	protected void open(String path) {
		browser.get(api.baseUrl() + path);
	}

	protected void signIn(Person person) {
		open("/console/login");
		browser.findElement(By.name("email")).sendKeys(person.email());
		browser.findElement(By.name("password")).sendKeys(person.password());
		browser.findElement(By.cssSelector("button[type=submit].primary")).click();
		waitFor(By.id("work"));
	}

	protected WebElement waitFor(By what) {
		return new WebDriverWait(browser, Duration.ofSeconds(15)).until(ExpectedConditions.presenceOfElementLocated(what));
	}

	/** A file a link on the page leads to, fetched with the browser's session, as its download would be. */
	protected TetherClient.Response download(WebElement link) {
		String session = browser.manage().getCookieNamed("JSESSIONID").getValue();
		String href = link.getAttribute("href");
		return api.send("GET", href.substring(api.baseUrl().length()), null, null, null,
				Map.of("Cookie", "JSESSIONID=" + session));
	}

	/**
	 * A screenshot for {@code docs/console.md}: always under {@code target/console-screenshots},
	 * and into {@code docs/console} when run with {@code -Dtether.update-screenshots=true}.
	 */
	protected void screenshot(String name) {
		byte[] png = browser.getScreenshotAs(OutputType.BYTES);
		try {
			Path target = Path.of("target", "console-screenshots", name + ".png");
			Files.createDirectories(target.getParent());
			Files.write(target, png);
			if (Boolean.getBoolean("tether.update-screenshots")) {
				Path docs = repositoryRoot().resolve("docs").resolve("console").resolve(name + ".png");
				Files.createDirectories(docs.getParent());
				Files.write(docs, png);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	protected void onAPhone() {
		browser.manage().window().setSize(new Dimension(390, 844));
	}

	private static Path repositoryRoot() {
		Path here = Path.of("").toAbsolutePath();
		while (here != null && !Files.exists(here.resolve("mvnw"))) {
			here = here.getParent();
		}
		if (here == null) {
			throw new IllegalStateException("not inside the repository");
		}
		return here;
	}
}
