package dev.tether.api.console.web;

import dev.tether.api.console.security.ConsoleUser;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.ModelAndView;

/** The console's error page, with the status the API would answer for the same refusal. */
public final class ErrorPage {

	private ErrorPage() {
	}

	public static ModelAndView of(HttpStatus status, @Nullable String detail, @Nullable ConsoleUser me) {
		ModelAndView page = new ModelAndView("console/error", status);
		page.addObject("status", status.value());
		page.addObject("heading", switch (status) {
			case FORBIDDEN -> "You may not open this page";
			case NOT_FOUND -> "Not found";
			default -> status.getReasonPhrase();
		});
		page.addObject("detail", detail);
		page.addObject("me", me);
		return page;
	}
}
