package dev.tether.api.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A browser's session with the console over plain HTTP: cookies kept, redirects not followed
 * (so each answer can be checked), and every form sent with the CSRF token of the last page.
 */
public final class ConsoleSession {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" (?:content|value)=\"([^\"]+)\"");

	private final CookieManager cookies = new CookieManager();

	private final HttpClient http;

	private final String baseUrl;

	private @Nullable String csrf;

	public ConsoleSession(String baseUrl) {
		this.baseUrl = baseUrl;
		this.http = HttpClient.newBuilder()
			.cookieHandler(cookies)
			.followRedirects(HttpClient.Redirect.NEVER)
			.connectTimeout(Duration.ofSeconds(5))
			.build();
	}

	/** A new session that signs in with the person's email and password. */
	public static ConsoleSession signedIn(String baseUrl, OrgFixture.Person person) {
		ConsoleSession session = new ConsoleSession(baseUrl);
		TetherClient.Response answer = session.signIn(person.email(), person.password());
		assertThat(answer.header("Location")).as(answer.toString()).endsWith("/console/work");
		return session;
	}

	public TetherClient.Response signIn(String email, String password) {
		get("/console/login");
		return post("/console/login", Map.of("email", email, "password", password));
	}

	/** Opens an invite link and sets the password it offers. */
	public TetherClient.Response acceptInvite(String inviteUrl, String password) {
		TetherClient.Response opened = get(URI.create(inviteUrl).getPath());
		assertThat(opened.header("Location")).as(opened.toString()).endsWith("/console/welcome");
		get("/console/welcome");
		return post("/console/welcome", Map.of("password", password, "confirmation", password));
	}

	public TetherClient.Response get(String path) {
		TetherClient.Response response = send(HttpRequest.newBuilder(uri(path)).GET());
		Matcher token = CSRF.matcher(response.text());
		if (token.find()) {
			csrf = token.group(1);
		}
		return response;
	}

	/** A form, sent as a browser sends it, with the CSRF token of the page last read. */
	public TetherClient.Response post(String path, Map<String, ?> form) {
		Map<String, Object> withToken = new LinkedHashMap<>(form);
		withToken.put("_csrf", csrf);
		return postWithoutCsrf(path, withToken);
	}

	/** A form as a forged page would send it: the session's cookie, but no CSRF token. */
	public TetherClient.Response postWithoutCsrf(String path, Map<String, ?> form) {
		return send(HttpRequest.newBuilder(uri(path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(encode(form))));
	}

	public @Nullable String sessionId() {
		return cookies.getCookieStore()
			.getCookies()
			.stream()
			.filter(cookie -> cookie.getName().equals("JSESSIONID"))
			.map(HttpCookie::getValue)
			.findFirst()
			.orElse(null);
	}

	private URI uri(String path) {
		return URI.create(path.startsWith("http") ? path : baseUrl + path);
	}

	private TetherClient.Response send(HttpRequest.Builder request) {
		try {
			HttpResponse<byte[]> response = http.send(request.timeout(Duration.ofSeconds(30)).build(),
					HttpResponse.BodyHandlers.ofByteArray());
			return new TetherClient.Response(response.statusCode(), response.headers().map(), response.body());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static String encode(Map<String, ?> form) {
		return form.entrySet().stream().flatMap(entry -> {
			Object value = entry.getValue();
			List<?> values = value instanceof List<?> many ? many : List.of(value == null ? "" : value);
			return values.stream()
				.map(one -> URLEncoder.encode(entry.getKey(), StandardCharsets.UTF_8) + "="
						+ URLEncoder.encode(String.valueOf(one), StandardCharsets.UTF_8));
		}).collect(Collectors.joining("&"));
	}
}
