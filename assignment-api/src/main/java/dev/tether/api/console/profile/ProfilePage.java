package dev.tether.api.console.profile;

import dev.tether.api.console.security.ConsoleUser;
import dev.tether.persistence.channel.ChannelService;
import dev.tether.persistence.team.AgentService;
import dev.tether.persistence.team.AgentView;
import dev.tether.persistence.team.PresenceService;
import dev.tether.persistence.team.TeamService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** My profile: who I am, my status, my teams, and "Create QR code" for each LINE account. */
@Controller
class ProfilePage {

	private final AgentService agents;

	private final PresenceService presence;

	private final TeamService teams;

	private final ChannelService channels;

	ProfilePage(AgentService agents, PresenceService presence, TeamService teams, ChannelService channels) {
		this.agents = agents;
		this.presence = presence;
		this.teams = teams;
		this.channels = channels;
	}

	@GetMapping("/console/profile")
	String page(ConsoleUser me, Model model) {
		AgentView agent = agents.get(me.orgId(), me.agentId());
		model.addAttribute("agent", agent);
		model.addAttribute("status", presence.effective(agent));
		model.addAttribute("teams", teams.teamsOf(me.orgId(), me.agentId()));
		model.addAttribute("channels", channels.list(me.orgId()));
		return "console/profile";
	}
}
