package dev.tether.api.console.settings;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.tether.api.console.security.ConsoleUser;
import dev.tether.api.console.web.Form;
import dev.tether.api.org.SettingsController.Settings;
import dev.tether.api.web.Ids;
import dev.tether.api.web.TagsInput;
import dev.tether.core.Refusal;
import dev.tether.core.access.Role;
import dev.tether.core.binding.AssignmentMode;
import dev.tether.persistence.org.OrgService;
import dev.tether.persistence.team.TeamService;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.ModelAndView;

/** The settings of {@code /api/v1/settings}, as a form for owners and admins. */
@Controller
class SettingsPage {

	private static final Map<String, String> FIELDS = Map.of("TEAM_NOT_FOUND", "defaultTeamId");

	private final OrgService orgs;

	private final TeamService teams;

	SettingsPage(OrgService orgs, TeamService teams) {
		this.orgs = orgs;
		this.teams = teams;
	}

	@GetMapping("/console/settings")
	ModelAndView page(ConsoleUser me) {
		me.caller().require(Role.OWNER, Role.ADMIN);
		Settings settings = Settings.of(orgs.get(me.orgId()));
		Map<String, Object> values = new LinkedHashMap<>();
		values.put("assignmentMode", settings.assignmentMode());
		values.put("autoTags", String.join(", ", settings.autoTags()));
		values.put("defaultTeamId", settings.defaultTeamId());
		return page(me, Form.of(values));
	}

	@PostMapping("/console/settings")
	ModelAndView save(ConsoleUser me, @Valid @ModelAttribute("body") Settings body, BindingResult binding,
			HttpServletRequest request) {
		me.caller().require(Role.OWNER, Role.ADMIN);
		if (binding.hasErrors()) {
			return page(me, Form.submitted(request).rejected(binding));
		}
		try {
			orgs.changeSettings(me.orgId(), body.assignmentMode(),
					TagsInput.of("autoTags", body.autoTags() == null ? List.of() : body.autoTags()),
					Ids.parse(body.defaultTeamId(), "TEAM_NOT_FOUND", "team"), null, null);
			return new ModelAndView("redirect:/console/settings?saved");
		}
		catch (Refusal refusal) {
			return page(me, Form.submitted(request).rejected(refusal, FIELDS));
		}
	}

	private ModelAndView page(ConsoleUser me, Form form) {
		ModelAndView page = new ModelAndView("console/settings", form.status());
		page.addObject("org", orgs.get(me.orgId()));
		page.addObject("form", form);
		page.addObject("modes", AssignmentMode.values());
		page.addObject("teams", teams.list(me.orgId()));
		return page;
	}
}
