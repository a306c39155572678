package dev.tether.persistence.outbox;

import org.jspecify.annotations.Nullable;

/** What the receiving end made of one attempt to deliver an outbox row. */
public sealed interface Delivery {

	/** Taken (a 2xx answer): done. */
	record Accepted(int statusCode) implements Delivery {
	}

	/** The receiver will never take it (for a reply: a used or expired token, the quota, a rate limit): given up. */
	record Refused(int statusCode, String error) implements Delivery {
	}

	/** A failing answer or none in time: worth another try, after a backoff, while there is time. */
	record Failed(@Nullable Integer statusCode, String error) implements Delivery {
	}
}
