package dev.tether.api.web;

import dev.tether.core.Refusal;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/** Page parameters, checked: pages count from 0 and hold 1 to 500 items. */
public final class Paging {

	public static final int MAX_SIZE = 500;

	private Paging() {
	}

	public static PageRequest of(int page, int size, Sort sort) {
		if (page < 0) {
			throw Refusal.invalidInput("VALIDATION_FAILED", "page: must be 0 or more");
		}
		if (size < 1 || size > MAX_SIZE) {
			throw Refusal.invalidInput("VALIDATION_FAILED", "size: must be between 1 and " + MAX_SIZE);
		}
		if ((long) page * size > Integer.MAX_VALUE) {
			throw Refusal.invalidInput("VALIDATION_FAILED", "page: beyond the last possible page");
		}
		return PageRequest.of(page, size, sort);
	}
}
