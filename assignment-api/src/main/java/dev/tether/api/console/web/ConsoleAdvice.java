package dev.tether.api.console.web;

import dev.tether.api.console.security.ConsoleUser;
import dev.tether.api.console.security.ConsoleUsers;
import dev.tether.api.error.RefusalStatus;
import dev.tether.core.Refusal;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.ModelAndView;

/**
 * Gives every console page the signed-in person, and turns failures into pages rather than the
 * API's problem details: a refusal keeps the status the API would answer, with its detail.
 * It comes before the API's advice, and only for the console's controllers.
 */
@ControllerAdvice(basePackages = "dev.tether.api.console")
@Order(Ordered.HIGHEST_PRECEDENCE)
class ConsoleAdvice {

	private static final Logger log = LoggerFactory.getLogger(ConsoleAdvice.class);

	private final ConsoleUsers users;

	ConsoleAdvice(ConsoleUsers users) {
		this.users = users;
	}

	@ModelAttribute("me")
	@Nullable ConsoleUser me() {
		return users.current().orElse(null);
	}

	@ExceptionHandler(Refusal.class)
	ModelAndView refused(Refusal refusal, HttpServletRequest request) {
		if (refusal.kind() == Refusal.Kind.UNAUTHENTICATED) {
			HttpSession session = request.getSession(false);
			if (session != null) {
				session.invalidate();
			}
			return new ModelAndView("redirect:/console/login");
		}
		return ErrorPage.of(RefusalStatus.of(refusal), refusal.getMessage(), me());
	}

	/** A value that cannot be what the page asks for (an unknown status, a path id that is no id). */
	@ExceptionHandler(TypeMismatchException.class)
	ModelAndView mismatched(TypeMismatchException ex) {
		return ErrorPage.of(HttpStatus.BAD_REQUEST, ex.getPropertyName() + " has the wrong type or format", me());
	}

	@ExceptionHandler(Exception.class)
	ModelAndView failed(Exception ex) {
		if (ex instanceof ErrorResponse spring) {
			HttpStatusCode status = spring.getStatusCode();
			return ErrorPage.of(HttpStatus.valueOf(status.value()), spring.getBody().getDetail(), me());
		}
		log.error("Unexpected failure in the console", ex);
		return ErrorPage.of(HttpStatus.INTERNAL_SERVER_ERROR, "Something went wrong on our side.", me());
	}
}
