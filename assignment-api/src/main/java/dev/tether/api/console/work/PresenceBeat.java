package dev.tether.api.console.work;

import dev.tether.api.console.security.ConsoleUser;
import dev.tether.core.presence.PresenceStatus;
import dev.tether.persistence.team.AgentView;
import dev.tether.persistence.team.PresenceService;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * Presence from the console, with the API's semantics: the status an agent picks, and the
 * heartbeats of their open work page. Opening the page makes an agent online unless they said
 * they are away; closing it stops the heartbeats, and presence lapses after the TTL.
 */
@Controller
class PresenceBeat {

	private final PresenceService presence;

	PresenceBeat(PresenceService presence) {
		this.presence = presence;
	}

	@PostMapping("/console/presence")
	String declare(ConsoleUser me, @RequestParam PresenceStatus status) {
		presence.declare(me.orgId(), me.agentId(), status);
		return "redirect:/console/work";
	}

	@PostMapping("/console/presence/arrive")
	@ResponseBody
	Beat arrive(ConsoleUser me) {
		AgentView agent = presence.heartbeat(me.orgId(), me.agentId());
		if (presence.effective(agent) == PresenceStatus.OFFLINE) {
			agent = presence.declare(me.orgId(), me.agentId(), PresenceStatus.ONLINE);
		}
		return new Beat(presence.effective(agent));
	}

	@PostMapping("/console/presence/heartbeat")
	@ResponseBody
	Beat heartbeat(ConsoleUser me) {
		return new Beat(presence.effective(presence.heartbeat(me.orgId(), me.agentId())));
	}

	/** What the page shows as the agent's status. */
	record Beat(PresenceStatus status) {
	}
}
