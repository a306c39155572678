package dev.tether.api.error;

import java.io.IOException;
import java.net.URI;
import java.util.Map;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.web.ErrorProperties;
import org.springframework.boot.webmvc.autoconfigure.error.BasicErrorController;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.servlet.ModelAndView;

/**
 * Answers the errors that reach the servlet container's error page instead of a controller (a
 * method the container does not serve, a status a filter sent) as problem details, like every
 * other error. Only the browser console keeps its pages.
 */
@Controller
class ProblemErrorController extends BasicErrorController {

	private static final String CONSOLE = "/console";

	private final ProblemWriter problems;

	ProblemErrorController(ErrorAttributes attributes, ObjectProvider<ErrorViewResolver> views,
			ProblemWriter problems) {
		super(attributes, new ErrorProperties(), views.orderedStream().toList());
		this.problems = problems;
	}

	@Override
	public @Nullable ModelAndView errorHtml(HttpServletRequest request, HttpServletResponse response) {
		if (fromConsole(request)) {
			return super.errorHtml(request, response);
		}
		try {
			problems.write(response, problemFor(request));
		}
		catch (IOException ex) {
			// The client is gone; there is nobody left to tell.
		}
		return null;
	}

	@Override
	public ResponseEntity<Map<String, Object>> error(HttpServletRequest request) {
		ProblemDetail problem = problemFor(request);
		return ResponseEntity.status(problem.getStatus())
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(problems.fields(problem));
	}

	@Override
	public ResponseEntity<String> mediaTypeNotAcceptable(HttpServletRequest request) {
		ProblemDetail problem = problemFor(request);
		return ResponseEntity.status(problem.getStatus())
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(problems.json(problem));
	}

	private ProblemDetail problemFor(HttpServletRequest request) {
		HttpStatus status = getStatus(request);
		if (status.is2xxSuccessful() || status.is3xxRedirection()) {
			status = HttpStatus.NOT_FOUND;
		}
		ProblemDetail problem = ProblemWriter.problem(status, status.name(), status.getReasonPhrase());
		try {
			problem.setInstance(URI.create(originalPath(request)));
		}
		catch (IllegalArgumentException unreadable) {
			// A path that is not a URI is left out rather than echoed.
		}
		return problem;
	}

	private static boolean fromConsole(HttpServletRequest request) {
		String path = originalPath(request);
		return path.equals(CONSOLE) || path.startsWith(CONSOLE + "/");
	}

	private static String originalPath(HttpServletRequest request) {
		Object path = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		return path == null ? "" : path.toString();
	}
}
