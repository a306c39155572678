package dev.tether.api.console.account;

import dev.tether.api.console.security.ConsoleUsers;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The sign-in form; Spring Security takes what it sends, and says here how it went. */
@Controller
class SignInPage {

	private final ConsoleUsers users;

	SignInPage(ConsoleUsers users) {
		this.users = users;
	}

	@GetMapping("/console/login")
	String form() {
		return users.current().isPresent() ? "redirect:/console/work" : "console/login";
	}
}
