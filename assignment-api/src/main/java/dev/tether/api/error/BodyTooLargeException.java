package dev.tether.api.error;

import java.io.IOException;

/** A request body went past the size limit while it was being read. */
class BodyTooLargeException extends IOException {

	BodyTooLargeException(long limit) {
		super("The request body exceeds " + limit + " bytes");
	}
}
