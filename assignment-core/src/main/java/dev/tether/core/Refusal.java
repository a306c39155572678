package dev.tether.core;

/**
 * A request Tether refuses for a reason the caller can act on. It carries a stable code and a
 * kind, never an HTTP status: the web edge maps kinds to statuses once.
 */
public class Refusal extends RuntimeException {

	/**
	 * What sort of refusal this is, named for what happened: two kinds may share a status at the
	 * edge ({@code ALREADY_EXISTS} and {@code CONFLICT} are both 409), a kind is never picked for one.
	 */
	public enum Kind {
		NOT_FOUND, ALREADY_EXISTS, CONFLICT, UNPROCESSABLE, INVALID_INPUT, TOO_LARGE, UNAUTHENTICATED, FORBIDDEN,
		UNAVAILABLE
	}

	private final Kind kind;

	private final String code;

	public Refusal(Kind kind, String code, String detail) {
		super(detail, null, false, false);
		this.kind = kind;
		this.code = code;
	}

	public static Refusal notFound(String code, String detail) {
		return new Refusal(Kind.NOT_FOUND, code, detail);
	}

	public static Refusal alreadyExists(String code, String detail) {
		return new Refusal(Kind.ALREADY_EXISTS, code, detail);
	}

	/** What is asked for does not fit the state the thing is in now: taken, closed, full. */
	public static Refusal conflict(String code, String detail) {
		return new Refusal(Kind.CONFLICT, code, detail);
	}

	public static Refusal unprocessable(String code, String detail) {
		return new Refusal(Kind.UNPROCESSABLE, code, detail);
	}

	public static Refusal invalidInput(String code, String detail) {
		return new Refusal(Kind.INVALID_INPUT, code, detail);
	}

	/** More than Tether takes in one request. */
	public static Refusal tooLarge(String code, String detail) {
		return new Refusal(Kind.TOO_LARGE, code, detail);
	}

	/** Tether cannot take the request right now; the same request later may succeed. */
	public static Refusal unavailable(String code, String detail) {
		return new Refusal(Kind.UNAVAILABLE, code, detail);
	}

	public static Refusal forbidden(String detail) {
		return new Refusal(Kind.FORBIDDEN, "FORBIDDEN", detail);
	}

	public Kind kind() {
		return kind;
	}

	public String code() {
		return code;
	}
}
