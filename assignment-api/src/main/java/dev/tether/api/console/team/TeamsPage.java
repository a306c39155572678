package dev.tether.api.console.team;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.tether.api.binding.BindingCodeAccess;
import dev.tether.api.console.security.ConsoleUser;
import dev.tether.api.console.web.Form;
import dev.tether.api.team.MemberCodeFiles;
import dev.tether.api.team.TeamController.NewTeam;
import dev.tether.api.team.TeamController.TeamChanges;
import dev.tether.api.web.Ids;
import dev.tether.api.web.TagsInput;
import dev.tether.core.Refusal;
import dev.tether.core.access.Role;
import dev.tether.core.routing.Strategy;
import dev.tether.persistence.channel.ChannelService;
import dev.tether.persistence.team.AgentService;
import dev.tether.persistence.team.PresenceService;
import dev.tether.persistence.team.TeamDetails;
import dev.tether.persistence.team.TeamService;
import dev.tether.persistence.team.TeamView;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * Teams. A manager sees the teams they belong to: members with status and load, the team's QR
 * code, the member links (CSV) and QR codes (ZIP) of the API. Owners and admins see every team
 * and change them (members, strategy, filters) through the API's records and services.
 */
@Controller
class TeamsPage {

	private static final Map<String, String> FIELDS = Map.of("TEAM_EXISTS", "code", "AGENT_NOT_FOUND", "memberIds");

	private final TeamService teams;

	private final AgentService agents;

	private final PresenceService presence;

	private final ChannelService channels;

	private final BindingCodeAccess access;

	private final MemberCodeFiles files;

	TeamsPage(TeamService teams, AgentService agents, PresenceService presence, ChannelService channels,
			BindingCodeAccess access, MemberCodeFiles files) {
		this.teams = teams;
		this.agents = agents;
		this.presence = presence;
		this.channels = channels;
		this.access = access;
		this.files = files;
	}

	@GetMapping("/console/teams")
	String list(ConsoleUser me, Model model) {
		me.caller().require(Role.OWNER, Role.ADMIN, Role.MANAGER);
		List<TeamView> visible = me.managesOrg() ? teams.list(me.orgId()) : teams.teamsOf(me.orgId(), me.agentId());
		model.addAttribute("teams", visible);
		return "console/teams";
	}

	@GetMapping("/console/teams/new")
	ModelAndView newTeam(ConsoleUser me) {
		me.caller().require(Role.OWNER, Role.ADMIN);
		return creation(me, Form.of(Map.of("strategy", Strategy.ROUND_ROBIN,
				"queueTimeoutSeconds", TeamDetails.MAX_QUEUE_TIMEOUT_SECONDS)));
	}

	@PostMapping("/console/teams")
	ModelAndView create(ConsoleUser me, @Valid @ModelAttribute("body") NewTeam body, BindingResult binding,
			HttpServletRequest request) {
		me.caller().require(Role.OWNER, Role.ADMIN);
		if (binding.hasErrors()) {
			return creation(me, Form.submitted(request).rejected(binding));
		}
		try {
			TeamView team = teams.create(me.orgId(),
					new TeamDetails(body.name(), body.code(), body.strategy(), body.onlineOnly(),
							body.maxOpenContacts(), body.queueTimeoutSeconds(), TagsInput.of("autoTags", body.autoTags()),
							body.outOfHoursReply(), body.onAgentLeave(), body.leaveGraceSeconds(),
							body.unansweredTransferSeconds()),
					agentIds(body.memberIds()));
			return new ModelAndView("redirect:/console/teams/" + team.id());
		}
		catch (Refusal refusal) {
			return creation(me, Form.submitted(request).rejected(refusal, FIELDS));
		}
	}

	@GetMapping("/console/teams/{id}")
	ModelAndView team(ConsoleUser me, @PathVariable long id) {
		TeamView team = visible(me, id);
		return page(me, team, Form.of(stored(team)));
	}

	/** The PATCH, the member list's PUT, and a blank cap that lifts the cap, in one form. */
	@PostMapping("/console/teams/{id}")
	ModelAndView change(ConsoleUser me, @PathVariable long id, @Valid @ModelAttribute("body") TeamChanges body,
			BindingResult binding, @RequestParam(required = false) @Nullable List<String> memberIds,
			HttpServletRequest request) {
		me.caller().require(Role.OWNER, Role.ADMIN);
		TeamView team = teams.get(me.orgId(), id);
		if (binding.hasErrors()) {
			return page(me, team, Form.submitted(request).rejected(binding));
		}
		try {
			teams.change(me.orgId(), id, new TeamDetails(body.name(), body.code(), body.strategy(), body.onlineOnly(),
					body.maxOpenContacts(), body.queueTimeoutSeconds(), TagsInput.of("autoTags", body.autoTags()),
					body.outOfHoursReply(), body.onAgentLeave(), body.leaveGraceSeconds(),
					body.unansweredTransferSeconds()));
			teams.limitOpenContacts(me.orgId(), id, body.maxOpenContacts());
			teams.replaceMembers(me.orgId(), id, agentIds(memberIds));
			return new ModelAndView("redirect:/console/teams/" + id + "?saved");
		}
		catch (Refusal refusal) {
			return page(me, team, Form.submitted(request).rejected(refusal, FIELDS));
		}
	}

	@PostMapping("/console/teams/{id}/delete")
	String delete(ConsoleUser me, @PathVariable long id) {
		me.caller().require(Role.OWNER, Role.ADMIN);
		teams.delete(me.orgId(), id);
		return "redirect:/console/teams";
	}

	@GetMapping("/console/teams/{id}/member-binding-codes.csv")
	ResponseEntity<byte[]> links(ConsoleUser me, @PathVariable long id, @RequestParam long channelId) {
		return files.links(me.caller(), id, channelId);
	}

	@GetMapping("/console/teams/{id}/member-binding-codes.zip")
	ResponseEntity<byte[]> qrCodes(ConsoleUser me, @PathVariable long id, @RequestParam long channelId) {
		return files.qrCodes(me.caller(), id, channelId);
	}

	/** Owners and admins see any team; a manager only their own, as for the team's downloads. */
	private TeamView visible(ConsoleUser me, long id) {
		if (!access.managesTeam(me.caller(), id)) {
			me.caller().require(Role.OWNER, Role.ADMIN);
		}
		return teams.get(me.orgId(), id);
	}

	private ModelAndView page(ConsoleUser me, TeamView team, Form form) {
		ModelAndView page = new ModelAndView("console/team", form.status());
		page.addObject("team", team);
		page.addObject("members",
				teams.activeMembers(me.orgId(), team.id()).stream().map(agent -> MemberRow.of(agent, presence)).toList());
		page.addObject("channels", channels.list(me.orgId()));
		page.addObject("form", form);
		page.addObject("strategies", Strategy.values());
		if (me.managesOrg()) {
			page.addObject("agents", agents.all(me.orgId()).stream().filter(agent -> agent.active()).toList());
		}
		return page;
	}

	private ModelAndView creation(ConsoleUser me, Form form) {
		ModelAndView page = new ModelAndView("console/team-new", form.status());
		page.addObject("form", form);
		page.addObject("strategies", Strategy.values());
		page.addObject("agents", agents.all(me.orgId()).stream().filter(agent -> agent.active()).toList());
		return page;
	}

	private Map<String, Object> stored(TeamView team) {
		Map<String, Object> values = new LinkedHashMap<>();
		values.put("name", team.name());
		values.put("code", team.code());
		values.put("strategy", team.strategy());
		values.put("onlineOnly", team.onlineOnly());
		values.put("maxOpenContacts", team.maxOpenContacts());
		values.put("queueTimeoutSeconds", team.queueTimeoutSeconds());
		values.put("autoTags", String.join(", ", team.autoTags().tags()));
		values.put("memberIds", teams.memberIds(team.id()));
		return values;
	}

	private static List<Long> agentIds(@Nullable List<String> ids) {
		return Ids.parseAll(ids, "AGENT_NOT_FOUND", "agent");
	}
}
