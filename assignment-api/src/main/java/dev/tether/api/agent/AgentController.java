package dev.tether.api.agent;

import java.util.List;

import dev.tether.api.security.Caller;
import dev.tether.api.web.PageResponse;
import dev.tether.api.web.Paging;
import dev.tether.api.web.TagsInput;
import dev.tether.core.access.Role;
import dev.tether.core.presence.PresenceStatus;
import dev.tether.persistence.team.AgentDetails;
import dev.tether.persistence.team.AgentService;
import dev.tether.persistence.team.AgentView;
import dev.tether.persistence.team.PresenceService;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Agents: created and changed by owners, admins and sync integrations; readable by the whole org. */
@RestController
public class AgentController {

	/** A field that may be absent, but not blank when present. */
	static final String NOT_BLANK = "(?s).*\\S.*";

	private final AgentService agents;

	private final PresenceService presence;

	AgentController(AgentService agents, PresenceService presence) {
		this.agents = agents;
		this.presence = presence;
	}

	@PostMapping("/api/v1/agents")
	@ResponseStatus(HttpStatus.CREATED)
	AgentResponse create(Caller.Member caller, @Valid @RequestBody NewAgent body) {
		caller.require(Role.OWNER, Role.ADMIN, Role.INTEGRATION);
		return respond(agents.create(caller.orgId(), new AgentDetails(body.email(), body.name(), body.role(),
				body.externalCode(), body.maxOpenContacts(), TagsInput.of("autoTags", body.autoTags()))));
	}

	@GetMapping("/api/v1/agents")
	PageResponse<AgentResponse> list(Caller.Member caller, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "100") int size) {
		return PageResponse.of(agents.list(caller.orgId(), Paging.of(page, size, Sort.by("id"))), this::respond);
	}

	/** {@code ref} is the agent's id, email or external code, so a sync can use its own keys. */
	@GetMapping("/api/v1/agents/{ref}")
	AgentResponse get(Caller.Member caller, @PathVariable String ref) {
		return respond(agents.findInPath(caller.orgId(), ref));
	}

	@PatchMapping("/api/v1/agents/{ref}")
	AgentResponse change(Caller.Member caller, @PathVariable String ref, @Valid @RequestBody AgentChanges body) {
		caller.require(Role.OWNER, Role.ADMIN, Role.INTEGRATION);
		return respond(agents.change(caller.orgId(), agents.findInPath(caller.orgId(), ref).id(), new AgentDetails(body.email(), body.name(),
				body.role(), body.externalCode(), body.maxOpenContacts(), TagsInput.of("autoTags", body.autoTags()))));
	}

	@DeleteMapping("/api/v1/agents/{ref}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void deactivate(Caller.Member caller, @PathVariable String ref) {
		caller.require(Role.OWNER, Role.ADMIN, Role.INTEGRATION);
		agents.deactivate(caller.orgId(), agents.findInPath(caller.orgId(), ref).id());
	}

	/** Public, so the console's form binds to this record and shows the same validation errors. */
	public record NewAgent(@NotBlank @Email @Size(max = 320) String email, @NotBlank @Size(max = 200) String name,
			@Nullable Role role, @Nullable @Size(max = 100) String externalCode,
			@Nullable @Min(0) Integer maxOpenContacts, @Nullable List<String> autoTags) {
	}

	/** Public, so the console's form binds to this record and shows the same validation errors. */
	public record AgentChanges(@Nullable @Email @Size(min = 3, max = 320) String email,
			@Nullable @Size(max = 200) @Pattern(regexp = NOT_BLANK, message = "must not be blank") String name,
			@Nullable Role role,
			@Nullable @Size(max = 100) String externalCode, @Nullable @Min(0) Integer maxOpenContacts,
			@Nullable List<String> autoTags) {
	}

	private AgentResponse respond(AgentView agent) {
		return new AgentResponse(Long.toString(agent.id()), agent.email(), agent.name(), agent.role(),
				agent.externalCode(), agent.maxOpenContacts(), agent.autoTags().tags(), agent.active(),
				presence.effective(agent), agent.openConversations(), presence.available(agent));
	}

	/** {@code presence} is the effective one; {@code openConversations} what the agent holds now. */
	record AgentResponse(String id, String email, String name, Role role, @Nullable String externalCode,
			@Nullable Integer maxOpenContacts, List<String> autoTags, boolean active, PresenceStatus presence,
			int openConversations, boolean available) {
	}
}
