package dev.tether.api.error;

import java.util.List;

import dev.tether.api.error.ProblemWriter.FieldError;

/** A body that is well-formed JSON but has fields a rule refuses: {@code 400 VALIDATION_FAILED}, listing them. */
public class InvalidFields extends RuntimeException {

	private final List<FieldError> errors;

	public InvalidFields(List<FieldError> errors) {
		super("invalid fields", null, false, false);
		this.errors = List.copyOf(errors);
	}

	List<FieldError> errors() {
		return errors;
	}
}
