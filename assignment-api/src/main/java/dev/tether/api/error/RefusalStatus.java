package dev.tether.api.error;

import java.util.Map;

import dev.tether.core.Refusal;
import org.springframework.http.HttpStatus;

/** The HTTP status of each kind of refusal, the same for the API's problems and the console's pages. */
public final class RefusalStatus {

	private static final Map<Refusal.Kind, HttpStatus> STATUS = Map.ofEntries(
			Map.entry(Refusal.Kind.NOT_FOUND, HttpStatus.NOT_FOUND),
			Map.entry(Refusal.Kind.ALREADY_EXISTS, HttpStatus.CONFLICT),
			Map.entry(Refusal.Kind.CONFLICT, HttpStatus.CONFLICT),
			Map.entry(Refusal.Kind.UNPROCESSABLE, HttpStatus.UNPROCESSABLE_CONTENT),
			Map.entry(Refusal.Kind.INVALID_INPUT, HttpStatus.BAD_REQUEST),
			Map.entry(Refusal.Kind.TOO_LARGE, HttpStatus.CONTENT_TOO_LARGE),
			Map.entry(Refusal.Kind.UNAUTHENTICATED, HttpStatus.UNAUTHORIZED),
			Map.entry(Refusal.Kind.FORBIDDEN, HttpStatus.FORBIDDEN),
			Map.entry(Refusal.Kind.UNAVAILABLE, HttpStatus.SERVICE_UNAVAILABLE));

	private RefusalStatus() {
	}

	public static HttpStatus of(Refusal refusal) {
		return STATUS.get(refusal.kind());
	}
}
