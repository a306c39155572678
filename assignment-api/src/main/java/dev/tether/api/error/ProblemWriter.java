package dev.tether.api.error;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** Builds problem details, and writes them where no controller advice reaches: in filters. */
@Component
public class ProblemWriter {

	private final JsonMapper json;

	ProblemWriter(JsonMapper json) {
		this.json = json;
	}

	public static ProblemDetail problem(HttpStatus status, String code, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setProperty("code", code);
		return problem;
	}

	/** {@code VALIDATION_FAILED}, listing each bad field and what is wrong with it. */
	public static ProblemDetail invalid(List<FieldError> errors) {
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "VALIDATION_FAILED", "The request has invalid fields");
		problem.setProperty("errors", errors);
		return problem;
	}

	public void write(HttpServletResponse response, HttpStatus status, String code, String detail) throws IOException {
		write(response, problem(status, code, detail));
	}

	public void write(HttpServletResponse response, ProblemDetail problem) throws IOException {
		response.setStatus(problem.getStatus());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.getOutputStream().write(json.writeValueAsBytes(problem));
	}

	String json(ProblemDetail problem) {
		return json.writeValueAsString(problem);
	}

	/** One invalid field and what is wrong with it. */
	public record FieldError(String field, @Nullable String message) {
	}

	/** The problem's members as its JSON has them, its properties ({@code code}) beside the standard ones. */
	@SuppressWarnings("unchecked")
	Map<String, Object> fields(ProblemDetail problem) {
		return json.convertValue(problem, Map.class);
	}
}
