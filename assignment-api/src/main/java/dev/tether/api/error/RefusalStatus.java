package dev.tether.api.error;

import java.util.Map;

import dev.tether.core.Refusal;
import org.springframework.http.HttpStatus;

/** The HTTP status of each kind of refusal, the same for the API's problems and the console's pages. */
public final class RefusalStatus {

	private static final Map<Refusal.Kind, HttpStatus> STATUS = Map.of(Refusal.Kind.NOT_FOUND, HttpStatus.NOT_FOUND,
			Refusal.Kind.ALREADY_EXISTS, HttpStatus.CONFLICT, Refusal.Kind.UNPROCESSABLE,
			HttpStatus.UNPROCESSABLE_CONTENT, Refusal.Kind.INVALID_INPUT, HttpStatus.BAD_REQUEST,
			Refusal.Kind.TOO_LARGE, HttpStatus.CONTENT_TOO_LARGE, Refusal.Kind.UNAUTHENTICATED, HttpStatus.UNAUTHORIZED, Refusal.Kind.FORBIDDEN, HttpStatus.FORBIDDEN);

	private RefusalStatus() {
	}

	public static HttpStatus of(Refusal refusal) {
		return STATUS.get(refusal.kind());
	}
}
