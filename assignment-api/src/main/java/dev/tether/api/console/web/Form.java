package dev.tether.api.console.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.tether.core.Refusal;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;

/**
 * A form as a page shows it: the values in its fields, and what is wrong with them. The errors
 * are the API's own, from the same validation and the same refusals, so both say the same thing.
 */
public final class Form {

	/** Where an error that names no field of the form goes: above the form. */
	public static final String GENERAL = "";

	private static final String WRONG_TYPE = "has the wrong type or format";

	private final Map<String, List<String>> values;

	private final Map<String, List<String>> errors = new LinkedHashMap<>();

	private Form(Map<String, List<String>> values) {
		this.values = values;
	}

	public static Form blank() {
		return new Form(new LinkedHashMap<>());
	}

	/** A form filled with what is stored, to edit. */
	public static Form of(Map<String, ?> stored) {
		Map<String, List<String>> values = new LinkedHashMap<>();
		stored.forEach((name, value) -> values.put(name, asValues(value)));
		return new Form(values);
	}

	/** The form as it was sent, to show again with its errors. */
	public static Form submitted(HttpServletRequest request) {
		Map<String, List<String>> values = new LinkedHashMap<>();
		request.getParameterMap().forEach((name, sent) -> values.put(name, List.of(sent)));
		return new Form(values);
	}

	/** Field errors as the API lists them; a value that cannot be converted reads as the API's type error. */
	public Form rejected(BindingResult result) {
		for (FieldError error : result.getFieldErrors()) {
			add(error.getField(), error.isBindingFailure() ? WRONG_TYPE : error.getDefaultMessage());
		}
		result.getGlobalErrors().forEach(error -> add(GENERAL, error.getDefaultMessage()));
		return this;
	}

	/**
	 * A refusal's detail beside the field it names: a detail that begins with a field of the form
	 * ({@code "autoTags: at most 5"}) goes there, as do codes the page maps to a field.
	 */
	public Form rejected(Refusal refusal, Map<String, String> fieldsByCode) {
		String detail = refusal.getMessage();
		int colon = detail.indexOf(": ");
		String field = fieldsByCode.get(refusal.code());
		if (field == null && colon > 0 && detail.substring(0, colon).matches("[A-Za-z]+")) {
			field = detail.substring(0, colon);
			detail = detail.substring(colon + 2);
		}
		add(field == null ? GENERAL : field, detail);
		return this;
	}

	public Form rejected(String field, String message) {
		add(field, message);
		return this;
	}

	public boolean hasErrors() {
		return !errors.isEmpty();
	}

	/** A form sent back with errors answers 400, as the API does. */
	public HttpStatus status() {
		return hasErrors() ? HttpStatus.BAD_REQUEST : HttpStatus.OK;
	}

	public String value(String name) {
		List<String> sent = values.get(name);
		return sent == null || sent.isEmpty() ? "" : sent.get(0);
	}

	/** Whether a checkbox or option with this value was chosen. */
	public boolean has(String name, Object value) {
		return values.getOrDefault(name, List.of()).contains(String.valueOf(value));
	}

	public List<String> errors(String field) {
		return errors.getOrDefault(field, List.of());
	}

	/** The errors that name no field shown on the page, so none is ever lost. */
	public List<String> errorsBesides(List<String> shownFields) {
		List<String> rest = new ArrayList<>();
		errors.forEach((field, messages) -> {
			if (!shownFields.contains(field)) {
				messages.forEach(message -> rest.add(field.isEmpty() ? message : field + ": " + message));
			}
		});
		return rest;
	}

	private void add(String field, String message) {
		errors.computeIfAbsent(field, name -> new ArrayList<>()).add(message);
	}

	private static List<String> asValues(Object value) {
		if (value == null) {
			return List.of();
		}
		if (value instanceof Iterable<?> many) {
			List<String> values = new ArrayList<>();
			many.forEach(one -> values.add(String.valueOf(one)));
			return values;
		}
		return List.of(String.valueOf(value));
	}
}
