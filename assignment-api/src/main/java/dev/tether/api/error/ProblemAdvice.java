package dev.tether.api.error;

import java.util.List;
import java.util.stream.Collectors;

import dev.tether.api.error.ProblemWriter.FieldError;
import dev.tether.api.web.TextWithoutNul;
import dev.tether.core.Refusal;
import dev.tether.persistence.sql.DatabaseOutage;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.transaction.TransactionException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.exc.ValueInstantiationException;

/**
 * Maps every failure to a problem detail with a stable {@code code}, once for the whole app.
 * A bad request never becomes a 500; only the unexpected does, and it is logged.
 */
@RestControllerAdvice
class ProblemAdvice extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ProblemAdvice.class);

	@ExceptionHandler(InvalidFields.class)
	ResponseEntity<Object> invalidFields(InvalidFields ex) {
		return invalid(ex.errors());
	}

	@ExceptionHandler(Refusal.class)
	ResponseEntity<ProblemDetail> refused(Refusal refusal) {
		HttpStatus status = RefusalStatus.of(refusal);
		ResponseEntity.BodyBuilder answer = ResponseEntity.status(status);
		if (status == HttpStatus.SERVICE_UNAVAILABLE) {
			answer.header(HttpHeaders.RETRY_AFTER, "1");
		}
		return answer.body(ProblemWriter.problem(status, refusal.code(), refusal.getMessage()));
	}

	/** A body read outside a message converter, as the LINE webhook reads its own, went past the limit. */
	@ExceptionHandler(BodyTooLargeException.class)
	ResponseEntity<ProblemDetail> tooLarge(BodyTooLargeException ex) {
		return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).body(tooLargeProblem(ex));
	}

	private static ProblemDetail tooLargeProblem(BodyTooLargeException ex) {
		return ProblemWriter.problem(HttpStatus.CONTENT_TOO_LARGE, "PAYLOAD_TOO_LARGE", ex.getMessage());
	}

	/** A path id that cannot be a Tether id names nothing; a bad query parameter is invalid input. */
	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ResponseEntity<Object> mismatched(MethodArgumentTypeMismatchException ex) {
		boolean pathVariable = ex.getParameter()
			.hasParameterAnnotation(org.springframework.web.bind.annotation.PathVariable.class);
		if (pathVariable) {
			return ResponseEntity.status(HttpStatus.NOT_FOUND)
				.body(ProblemWriter.problem(HttpStatus.NOT_FOUND, "NOT_FOUND", "No " + ex.getName() + " " + ex.getValue()));
		}
		return invalid(List.of(new FieldError(ex.getName(), "has an invalid value")));
	}

	/**
	 * A database that cannot be reached is a passing condition, not a fault of the request: LINE and
	 * other callers retry on 503. Nothing was stored, so nothing was acknowledged.
	 */
	@ExceptionHandler({ DataAccessException.class, TransactionException.class })
	ResponseEntity<ProblemDetail> databaseFailed(RuntimeException ex) {
		if (!DatabaseOutage.explains(ex)) {
			return unexpected(ex);
		}
		log.warn("The database cannot be reached: {}", DatabaseOutage.rootMessage(ex));
		return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
			.header(HttpHeaders.RETRY_AFTER, "5")
			.body(ProblemWriter.problem(HttpStatus.SERVICE_UNAVAILABLE, "DATABASE_UNAVAILABLE",
					"Tether cannot reach its database right now; nothing was stored. Try again shortly"));
	}

	@ExceptionHandler(Exception.class)
	ResponseEntity<ProblemDetail> unexpected(Exception ex) {
		log.error("Unexpected failure", ex);
		return ResponseEntity.internalServerError()
			.body(ProblemWriter.problem(HttpStatus.INTERNAL_SERVER_ERROR, "INTERNAL_ERROR",
					"Something went wrong on our side"));
	}

	@Override
	protected @Nullable ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<FieldError> errors = ex.getBindingResult()
			.getFieldErrors()
			.stream()
			.map(error -> new FieldError(error.getField(), error.getDefaultMessage()))
			.toList();
		return invalid(errors);
	}

	@Override
	protected @Nullable ResponseEntity<Object> handleHandlerMethodValidationException(
			HandlerMethodValidationException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<FieldError> errors = ex.getParameterValidationResults()
			.stream()
			.flatMap(result -> result.getResolvableErrors()
				.stream()
				.map(error -> new FieldError(result.getMethodParameter().getParameterName(),
						error.getDefaultMessage())))
			.toList();
		return invalid(errors);
	}

	@Override
	protected @Nullable ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		if (ex.getMostSpecificCause() instanceof BodyTooLargeException tooLarge) {
			return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).body(tooLargeProblem(tooLarge));
		}
		JacksonException mismatch = fieldMismatch(ex);
		if (mismatch != null) {
			String path = mismatch.getPath()
				.stream()
				.map(ref -> ref.getPropertyName() != null ? "." + ref.getPropertyName() : "[" + ref.getIndex() + "]")
				.collect(Collectors.joining());
			String field = path.startsWith(".") ? path.substring(1) : path;
			return invalid(List.of(new FieldError(field, problemWith(mismatch))));
		}
		return ResponseEntity.badRequest()
			.body(ProblemWriter.problem(HttpStatus.BAD_REQUEST, "MALFORMED_JSON", "The request body is not valid JSON"));
	}

	/** The failure that says which field of well-formed JSON is wrong, if it is one. */
	private static @Nullable JacksonException fieldMismatch(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if ((cause instanceof DatabindException || cause instanceof InputCoercionException)
					&& cause instanceof JacksonException mismatch && !mismatch.getPath().isEmpty()) {
				return mismatch;
			}
		}
		return null;
	}

	/** Spring's own exceptions keep their status; they gain a code derived from it. */
	@Override
	protected @Nullable ResponseEntity<Object> handleExceptionInternal(Exception ex, @Nullable Object body,
			HttpHeaders headers, HttpStatusCode statusCode, WebRequest request) {
		ResponseEntity<Object> response = super.handleExceptionInternal(ex, body, headers, statusCode, request);
		if (response != null && response.getBody() instanceof ProblemDetail problem
				&& (problem.getProperties() == null || !problem.getProperties().containsKey("code"))) {
			HttpStatus status = HttpStatus.resolve(statusCode.value());
			problem.setProperty("code", status == null ? "ERROR" : status.name());
		}
		return response;
	}

	private static ResponseEntity<Object> invalid(List<FieldError> errors) {
		return ResponseEntity.badRequest().body(ProblemWriter.invalid(errors));
	}

	/** What the request can be told: the value's own rule where it has one, else its shape. */
	private static String problemWith(JacksonException mismatch) {
		if (mismatch instanceof TextWithoutNul.NulInText) {
			return TextWithoutNul.NulInText.PROBLEM;
		}
		if (mismatch instanceof ValueInstantiationException && mismatch.getCause() instanceof IllegalArgumentException rule) {
			return rule.getMessage();
		}
		return "has the wrong type or format";
	}
}
