package dev.tether.api.console.people;

import java.util.LinkedHashMap;
import java.util.Map;

import dev.tether.api.agent.AgentController.AgentChanges;
import dev.tether.api.agent.AgentController.NewAgent;
import dev.tether.api.console.security.ConsoleUser;
import dev.tether.api.console.web.Form;
import dev.tether.api.web.InviteLinks;
import dev.tether.api.web.TagsInput;
import dev.tether.core.Refusal;
import dev.tether.core.access.Role;
import dev.tether.persistence.account.Invitations;
import dev.tether.persistence.account.IssuedInvite;
import dev.tether.persistence.channel.ChannelService;
import dev.tether.persistence.team.AgentDetails;
import dev.tether.persistence.team.AgentService;
import dev.tether.persistence.team.AgentView;
import dev.tether.persistence.team.PresenceService;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The org's users, for owners and admins: the same records, checks and services as
 * {@code /api/v1/agents}, so a form refuses exactly what the API refuses, with the same words.
 */
@Controller
class UsersPage {

	/** Refusals that name no field in their text, and the field they are about. */
	private static final Map<String, String> FIELDS = Map.of("AGENT_EXISTS", "email");

	private final AgentService agents;

	private final PresenceService presence;

	private final ChannelService channels;

	private final Invitations invitations;

	UsersPage(AgentService agents, PresenceService presence, ChannelService channels, Invitations invitations) {
		this.agents = agents;
		this.presence = presence;
		this.channels = channels;
		this.invitations = invitations;
	}

	@GetMapping("/console/users")
	String list(ConsoleUser me, Model model) {
		me.caller().require(Role.OWNER, Role.ADMIN);
		model.addAttribute("users", agents.all(me.orgId()).stream().map(agent -> UserRow.of(agent, presence)).toList());
		model.addAttribute("channels", channels.list(me.orgId()));
		return "console/users";
	}

	@GetMapping("/console/users/new")
	ModelAndView newUser(ConsoleUser me) {
		me.caller().require(Role.OWNER, Role.ADMIN);
		return creation(Form.of(Map.of("role", Role.AGENT)));
	}

	@PostMapping("/console/users")
	ModelAndView create(ConsoleUser me, @Valid @ModelAttribute("body") NewAgent body, BindingResult binding,
			HttpServletRequest request) {
		me.caller().require(Role.OWNER, Role.ADMIN);
		if (binding.hasErrors()) {
			return creation(Form.submitted(request).rejected(binding));
		}
		try {
			AgentView agent = agents.create(me.orgId(), new AgentDetails(body.email(), body.name(), body.role(),
					body.externalCode(), body.maxOpenContacts(), TagsInput.of("autoTags", body.autoTags())));
			return new ModelAndView("redirect:/console/users/" + agent.id());
		}
		catch (Refusal refusal) {
			return creation(Form.submitted(request).rejected(refusal, FIELDS));
		}
	}

	@GetMapping("/console/users/{id}")
	ModelAndView user(ConsoleUser me, @PathVariable long id) {
		me.caller().require(Role.OWNER, Role.ADMIN);
		AgentView agent = agents.get(me.orgId(), id);
		return editing(agent, Form.of(stored(agent)));
	}

	/** A blank cap lifts it, which the API's PATCH cannot say; the rest is the PATCH. */
	@PostMapping("/console/users/{id}")
	ModelAndView change(ConsoleUser me, @PathVariable long id, @Valid @ModelAttribute("body") AgentChanges body,
			BindingResult binding, HttpServletRequest request) {
		me.caller().require(Role.OWNER, Role.ADMIN);
		AgentView agent = agents.get(me.orgId(), id);
		if (binding.hasErrors()) {
			return editing(agent, Form.submitted(request).rejected(binding));
		}
		try {
			agents.change(me.orgId(), id, new AgentDetails(body.email(), body.name(), body.role(), body.externalCode(),
					body.maxOpenContacts(), TagsInput.of("autoTags", body.autoTags())));
			agents.limitOpenContacts(me.orgId(), id, body.maxOpenContacts());
			return new ModelAndView("redirect:/console/users/" + id + "?saved");
		}
		catch (Refusal refusal) {
			return editing(agent, Form.submitted(request).rejected(refusal, FIELDS));
		}
	}

	@PostMapping("/console/users/{id}/deactivate")
	String deactivate(ConsoleUser me, @PathVariable long id) {
		me.caller().require(Role.OWNER, Role.ADMIN);
		agents.deactivate(me.orgId(), id);
		return "redirect:/console/users/" + id;
	}

	/** The link is shown once, on the page this leads to, to the person who asked for it. */
	@PostMapping("/console/users/{id}/invite")
	String invite(ConsoleUser me, @PathVariable long id, RedirectAttributes redirect) {
		me.caller().require(Role.OWNER, Role.ADMIN);
		IssuedInvite invite = invitations.issue(me.orgId(), id);
		redirect.addFlashAttribute("inviteUrl", InviteLinks.of(invite.secret()));
		redirect.addFlashAttribute("inviteExpiresAt", invite.expiresAt());
		return "redirect:/console/users/" + id;
	}

	private static ModelAndView creation(Form form) {
		ModelAndView page = new ModelAndView("console/user-new", form.status());
		page.addObject("form", form);
		page.addObject("roles", agentRoles());
		return page;
	}

	private ModelAndView editing(AgentView agent, Form form) {
		ModelAndView page = new ModelAndView("console/user", form.status());
		page.addObject("user", UserRow.of(agent, presence));
		page.addObject("form", form);
		page.addObject("roles", agentRoles());
		page.addObject("channels", channels.list(agent.orgId()));
		return page;
	}

	private static Map<String, Object> stored(AgentView agent) {
		Map<String, Object> values = new LinkedHashMap<>();
		values.put("email", agent.email());
		values.put("name", agent.name());
		values.put("role", agent.role());
		values.put("externalCode", agent.externalCode());
		values.put("maxOpenContacts", agent.maxOpenContacts());
		values.put("autoTags", String.join(", ", agent.autoTags().tags()));
		return values;
	}

	/** The roles a person can have; INTEGRATION is for tokens. */
	private static Role[] agentRoles() {
		return new Role[] { Role.AGENT, Role.MANAGER, Role.ADMIN, Role.OWNER };
	}
}
