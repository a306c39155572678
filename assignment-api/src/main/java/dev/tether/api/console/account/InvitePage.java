package dev.tether.api.console.account;

import java.util.Map;

import dev.tether.api.console.web.Form;
import dev.tether.api.web.InviteLinks;
import dev.tether.core.Refusal;
import dev.tether.persistence.account.Invitations;
import dev.tether.persistence.account.InviteCheck;
import dev.tether.persistence.team.AgentView;
import jakarta.servlet.http.HttpSession;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * An invite link leads here. Its secret goes at once into the session and out of the address
 * bar, so the password page, the browser's history and any referrer hold no secret.
 */
@Controller
class InvitePage {

	private static final String SECRET = "console.invite";

	private final Invitations invitations;

	InvitePage(Invitations invitations) {
		this.invitations = invitations;
	}

	@GetMapping(InviteLinks.PATH + "{secret}")
	ModelAndView open(@PathVariable String secret, HttpSession session) {
		InviteCheck check = invitations.check(secret);
		if (check instanceof InviteCheck.Open) {
			session.setAttribute(SECRET, secret);
			return new ModelAndView("redirect:/console/welcome");
		}
		return unusable(check);
	}

	@GetMapping("/console/welcome")
	ModelAndView welcome(HttpSession session) {
		return passwordPage(session, Form.blank());
	}

	@PostMapping("/console/welcome")
	ModelAndView setPassword(@RequestParam String password, @RequestParam String confirmation, HttpSession session,
			RedirectAttributes redirect) {
		if (!(current(session) instanceof InviteCheck.Open open)) {
			return passwordPage(session, Form.blank());
		}
		if (!password.equals(confirmation)) {
			return passwordPage(session, Form.blank().rejected("confirmation", "does not match the password"));
		}
		try {
			AgentView agent = invitations.accept(open.inviteId(), password);
			session.removeAttribute(SECRET);
			redirect.addFlashAttribute("welcome", agent.name());
			redirect.addFlashAttribute("email", agent.email());
			return new ModelAndView("redirect:/console/login");
		}
		catch (Refusal refusal) {
			if (refusal.kind() != Refusal.Kind.INVALID_INPUT) {
				return passwordPage(session, Form.blank());
			}
			return passwordPage(session, Form.blank().rejected(refusal, Map.of()));
		}
	}

	private ModelAndView passwordPage(HttpSession session, Form form) {
		InviteCheck check = current(session);
		if (!(check instanceof InviteCheck.Open open)) {
			return unusable(check);
		}
		ModelAndView page = new ModelAndView("console/welcome", form.status());
		page.addObject("name", open.agentName());
		page.addObject("email", open.email());
		page.addObject("minLength", Invitations.MIN_PASSWORD_LENGTH);
		page.addObject("form", form);
		return page;
	}

	private InviteCheck current(HttpSession session) {
		Object secret = session.getAttribute(SECRET);
		return secret instanceof String held ? invitations.check(held) : new InviteCheck.Unknown();
	}

	/** Gone for a link that worked once, not found for one that never did. */
	private static ModelAndView unusable(InviteCheck check) {
		HttpStatus status = check instanceof InviteCheck.Unknown ? HttpStatus.NOT_FOUND : HttpStatus.GONE;
		ModelAndView page = new ModelAndView("console/invite-unusable", status);
		page.addObject("reason", check instanceof InviteCheck.Expired ? "expired"
				: check instanceof InviteCheck.Used ? "used" : "unknown");
		return page;
	}
}
