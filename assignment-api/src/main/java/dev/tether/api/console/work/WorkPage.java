package dev.tether.api.console.work;

import dev.tether.api.console.security.ConsoleProperties;
import dev.tether.api.console.security.ConsoleUser;
import dev.tether.core.Refusal;
import dev.tether.persistence.contact.ConversationView;
import dev.tether.persistence.routing.ManualAssignments;
import dev.tether.persistence.routing.Operator;
import dev.tether.persistence.team.AgentService;
import dev.tether.persistence.team.PresenceService;
import dev.tether.persistence.team.PresenceTtl;
import dev.tether.persistence.worklist.Worklist;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * What an agent works from: the conversations they hold and those waiting in their teams, which
 * the open page fetches again every few seconds, and the moves the API allows them: take one
 * from a team, hand one back to its team, close one.
 */
@Controller
class WorkPage {

	private final Worklist worklist;

	private final ManualAssignments manual;

	private final AgentService agents;

	private final PresenceService presence;

	private final PresenceTtl ttl;

	private final ConsoleProperties properties;

	WorkPage(Worklist worklist, ManualAssignments manual, AgentService agents, PresenceService presence,
			PresenceTtl ttl, ConsoleProperties properties) {
		this.worklist = worklist;
		this.manual = manual;
		this.agents = agents;
		this.presence = presence;
		this.ttl = ttl;
		this.properties = properties;
	}

	@GetMapping("/console/work")
	String page(ConsoleUser me, Model model) {
		lists(me, model);
		model.addAttribute("status", presence.effective(agents.get(me.orgId(), me.agentId())));
		model.addAttribute("heartbeatMillis", HeartbeatInterval.of(ttl.value()).toMillis());
		model.addAttribute("refreshMillis", properties.refreshInterval().toMillis());
		return "console/work";
	}

	/** The two lists alone, for the open page to swap in. */
	@GetMapping("/console/work/lists")
	String lists(ConsoleUser me, Model model) {
		model.addAttribute("held", worklist.heldBy(me.orgId(), me.agentId()));
		model.addAttribute("waiting", worklist.waitingInTeamsOf(me.orgId(), me.agentId()));
		return "console/work :: lists";
	}

	@PostMapping("/console/conversations/{id}/take")
	String take(ConsoleUser me, @PathVariable long id, RedirectAttributes redirect) {
		return act(redirect, () -> {
			ConversationView conversation = manual.get(me.orgId(), id);
			manual.assign(me.orgId(), id, me.agentId(), conversation.teamId(), operator(me));
		});
	}

	/** Back to the team the conversation is in, whose rule picks a member or queues it; with no team, to nobody. */
	@PostMapping("/console/conversations/{id}/hand-back")
	String handBack(ConsoleUser me, @PathVariable long id, RedirectAttributes redirect) {
		return act(redirect, () -> {
			ConversationView conversation = manual.get(me.orgId(), id);
			if (conversation.teamId() == null) {
				manual.unassign(me.orgId(), id, operator(me));
			}
			else {
				manual.assign(me.orgId(), id, null, conversation.teamId(), operator(me));
			}
		});
	}

	@PostMapping("/console/conversations/{id}/close")
	String close(ConsoleUser me, @PathVariable long id, RedirectAttributes redirect) {
		return act(redirect, () -> {
			manual.close(me.orgId(), id, operator(me));
		});
	}

	/** The signed-in person, as the rules of manual work see them; the rules are checked under the chat's lock. */
	private static Operator operator(ConsoleUser me) {
		return new Operator(me.caller().role(), me.agentId(), me.actor());
	}

	/** A move refused for a reason the person can act on (the agent is full, it was closed) says so on the page. */
	private static String act(RedirectAttributes redirect, Runnable move) {
		try {
			move.run();
		}
		catch (Refusal refusal) {
			if (refusal.kind() == Refusal.Kind.FORBIDDEN || refusal.kind() == Refusal.Kind.UNAUTHENTICATED) {
				throw refusal;
			}
			redirect.addFlashAttribute("notice", refusal.getMessage());
		}
		return "redirect:/console/work";
	}
}
