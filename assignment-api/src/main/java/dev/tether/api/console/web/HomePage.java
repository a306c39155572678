package dev.tether.api.console.web;

import dev.tether.api.console.security.ConsoleUsers;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.WebAttributes;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/** Where {@code /console} leads, and the page Spring Security shows when it refuses a request. */
@Controller
class HomePage {

	private final ConsoleUsers users;

	HomePage(ConsoleUsers users) {
		this.users = users;
	}

	@GetMapping("/console")
	String home() {
		return "redirect:/console/work";
	}

	/** Any method: a refused POST (a form without its CSRF token) is forwarded here as it came. */
	@RequestMapping("/console/denied")
	ModelAndView denied(HttpServletRequest request) {
		Object refusal = request.getAttribute(WebAttributes.ACCESS_DENIED_403);
		String detail = refusal instanceof CsrfException
				? "This form has expired or did not come from this console. Reload the page and try again."
				: "Your role does not allow this.";
		return ErrorPage.of(HttpStatus.FORBIDDEN, detail, users.current().orElse(null));
	}
}
