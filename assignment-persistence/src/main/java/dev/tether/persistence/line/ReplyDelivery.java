package dev.tether.persistence.line;

import org.jspecify.annotations.Nullable;

/** What LINE made of one attempt to deliver a reply. */
public sealed interface ReplyDelivery {

	/** LINE took the reply (a 2xx answer). */
	record Accepted() implements ReplyDelivery {
	}

	/** LINE will never take it: a used or expired token, the monthly quota, a rate limit. */
	record Refused(int statusCode, String error) implements ReplyDelivery {
	}

	/** A server error or no answer in time: worth another try while the token lasts. */
	record Failed(@Nullable Integer statusCode, String error) implements ReplyDelivery {
	}
}
