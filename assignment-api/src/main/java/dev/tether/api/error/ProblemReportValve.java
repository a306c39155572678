package dev.tether.api.error;

import java.io.IOException;
import java.io.Writer;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;

/**
 * Tomcat's own error report, for what it refuses before any filter or controller sees the request
 * (an encoded slash or NUL in the path, malformed UTF-8): a problem detail instead of its HTML page.
 */
class ProblemReportValve extends ErrorReportValve {

	private final ProblemWriter problems;

	ProblemReportValve(ProblemWriter problems) {
		this.problems = problems;
	}

	@Override
	protected void report(Request request, Response response, Throwable throwable) {
		int status = response.getStatus();
		if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
			return;
		}
		HttpStatus known = HttpStatus.resolve(status);
		ProblemDetail problem = status == 400
				? ProblemWriter.problem(HttpStatus.BAD_REQUEST, "MALFORMED_REQUEST",
						"The request's URL or headers cannot be read")
				: ProblemWriter.problem(known == null ? HttpStatus.INTERNAL_SERVER_ERROR : known,
						known == null ? "ERROR" : known.name(), known == null ? "Error" : known.getReasonPhrase());
		try {
			response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			response.setCharacterEncoding("UTF-8");
			Writer writer = response.getReporter();
			if (writer != null) {
				writer.write(problems.json(problem));
				response.finishResponse();
			}
		}
		catch (IOException | IllegalStateException ex) {
			// The response could not be written; the status line is all the client gets.
		}
	}
}
