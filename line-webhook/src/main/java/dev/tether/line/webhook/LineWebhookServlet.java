package dev.tether.line.webhook;

import java.io.IOException;

import dev.tether.core.Refusal;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.servlet.HandlerExceptionResolver;

/**
 * Where LINE delivers a channel's webhook: {@code POST /line/webhook/{channelId}}, answered 200
 * once its events are stored. It is a servlet beside Spring MVC's rather than a controller
 * (decision 0005): at thousands of webhooks a second, finding the handler among every API mapping
 * and resolving its arguments cost more than taking the events in. Failures become the same
 * problem details as everywhere else, through the application's exception resolvers.
 */
class LineWebhookServlet extends HttpServlet {

	/** The servlet's mapping; the channel id is the one path segment below it. */
	static final String MAPPING = "/line/webhook/*";

	private final transient WebhookIntake intake;

	private final transient HandlerExceptionResolver problems;

	LineWebhookServlet(WebhookIntake intake, HandlerExceptionResolver problems) {
		this.intake = intake;
		this.problems = problems;
	}

	/** LINE only ever posts; any other method is told so, with what is allowed. */
	@Override
	protected void service(HttpServletRequest request, HttpServletResponse response)
			throws ServletException, IOException {
		if (!"POST".equals(request.getMethod())) {
			response.setHeader("Allow", "POST");
			response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
			return;
		}
		super.service(request, response);
	}

	@Override
	protected void doPost(HttpServletRequest request, HttpServletResponse response)
			throws ServletException, IOException {
		try {
			intake.receive(channelIdOf(request), request.getHeader("X-Line-Signature"),
					request.getInputStream().readAllBytes());
			response.setStatus(HttpServletResponse.SC_OK);
			response.setContentLength(0);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			answer(request, response, Refusal.unavailable("INBOX_BUSY", "Tether is stopping; deliver the events again"));
		}
		catch (Exception ex) {
			answer(request, response, ex);
		}
	}

	private void answer(HttpServletRequest request, HttpServletResponse response, Exception failure)
			throws ServletException {
		if (problems.resolveException(request, response, null, failure) == null) {
			throw new ServletException(failure);
		}
	}

	/** A path below the webhook that is not one channel id names nothing. */
	private static long channelIdOf(HttpServletRequest request) {
		String path = request.getPathInfo();
		String segment = path == null ? "" : path.substring(1);
		if (segment.isEmpty() || segment.length() > 19 || !segment.chars().allMatch(Character::isDigit)) {
			throw Refusal.notFound("NOT_FOUND", "No LINE webhook at " + request.getRequestURI());
		}
		try {
			return Long.parseLong(segment);
		}
		catch (NumberFormatException tooLarge) {
			throw Refusal.notFound("NOT_FOUND", "No LINE webhook at " + request.getRequestURI());
		}
	}
}
