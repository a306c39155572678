package dev.tether.api.team;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import dev.tether.api.security.Caller;
import dev.tether.api.web.Ids;
import dev.tether.api.web.TagsInput;
import dev.tether.core.access.Role;
import dev.tether.core.routing.OnAgentLeave;
import dev.tether.core.routing.Strategy;
import dev.tether.persistence.team.TeamDetails;
import dev.tether.persistence.team.TeamService;
import dev.tether.persistence.team.TeamView;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Teams: created and changed by owners, admins and sync integrations; readable by the whole org. */
@RestController
public class TeamController {

	private static final long LEAVE_GRACE_MAX = 3600;

	private final TeamService teams;

	private final Clock clock;

	TeamController(TeamService teams, Clock clock) {
		this.teams = teams;
		this.clock = clock;
	}

	@PostMapping("/api/v1/teams")
	@ResponseStatus(HttpStatus.CREATED)
	TeamResponse create(Caller.Member caller, @Valid @RequestBody NewTeam body) {
		caller.require(Role.OWNER, Role.ADMIN, Role.INTEGRATION);
		TeamView team = teams.create(caller.orgId(),
				new TeamDetails(body.name(), body.code(), body.strategy(), body.onlineOnly(), body.maxOpenContacts(),
						body.queueTimeoutSeconds(), TagsInput.of("autoTags", body.autoTags()), body.outOfHoursReply(),
						body.onAgentLeave(), body.leaveGraceSeconds(), body.unansweredTransferSeconds()),
				agentIds(body.memberIds()));
		return respond(team);
	}

	@GetMapping("/api/v1/teams")
	List<TeamResponse> list(Caller.Member caller) {
		return teams.list(caller.orgId()).stream().map(this::respond).toList();
	}

	/** {@code ref} is the team's id or code, so a sync can use its own keys. */
	@GetMapping("/api/v1/teams/{ref}")
	TeamResponse get(Caller.Member caller, @PathVariable String ref) {
		return respond(teams.findInPath(caller.orgId(), ref));
	}

	@PatchMapping("/api/v1/teams/{ref}")
	TeamResponse change(Caller.Member caller, @PathVariable String ref, @Valid @RequestBody TeamChanges body) {
		caller.require(Role.OWNER, Role.ADMIN, Role.INTEGRATION);
		return respond(teams.change(caller.orgId(), teams.findInPath(caller.orgId(), ref).id(),
				new TeamDetails(body.name(), body.code(), body.strategy(), body.onlineOnly(), body.maxOpenContacts(),
						body.queueTimeoutSeconds(), TagsInput.of("autoTags", body.autoTags()), body.outOfHoursReply(),
						body.onAgentLeave(), body.leaveGraceSeconds(), body.unansweredTransferSeconds())));
	}

	@DeleteMapping("/api/v1/teams/{ref}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void delete(Caller.Member caller, @PathVariable String ref) {
		caller.require(Role.OWNER, Role.ADMIN, Role.INTEGRATION);
		teams.delete(caller.orgId(), teams.findInPath(caller.orgId(), ref).id());
	}

	@PutMapping("/api/v1/teams/{ref}/members")
	TeamResponse replaceMembers(Caller.Member caller, @PathVariable String ref, @Valid @RequestBody Members body) {
		caller.require(Role.OWNER, Role.ADMIN, Role.INTEGRATION);
		long id = teams.findInPath(caller.orgId(), ref).id();
		teams.replaceMembers(caller.orgId(), id, agentIds(body.agentIds()));
		return respond(teams.get(caller.orgId(), id));
	}

	private TeamResponse respond(TeamView team) {
		return TeamResponse.of(team, teams.memberIds(team.id()), team.hours().openAt(clock.instant()));
	}

	private static List<Long> agentIds(@Nullable List<String> ids) {
		return Ids.parseAll(ids, "AGENT_NOT_FOUND", "agent");
	}

	/** Public, so the console's form binds to this record and shows the same validation errors. */
	public record NewTeam(@NotBlank @Size(max = 200) String name, @Nullable @Size(max = 100) String code,
			@NotNull Strategy strategy, @Nullable Boolean onlineOnly, @Nullable @Min(0) Integer maxOpenContacts,
			@Nullable @Min(1) @Max(TeamDetails.MAX_QUEUE_TIMEOUT_SECONDS) Integer queueTimeoutSeconds,
			@Nullable @Size(max = 10_000) List<@NotBlank String> memberIds, @Nullable List<String> autoTags,
			@Nullable @Size(max = TeamDetails.MAX_OUT_OF_HOURS_REPLY) String outOfHoursReply,
			@Nullable OnAgentLeave onAgentLeave, @Nullable @Min(0) @Max(LEAVE_GRACE_MAX) Integer leaveGraceSeconds,
			@Nullable @TransferSeconds Integer unansweredTransferSeconds) {
	}

	/** Public, so the console's form binds to this record and shows the same validation errors. */
	public record TeamChanges(
			@Nullable @Size(max = 200) @Pattern(regexp = "(?s).*\\S.*", message = "must not be blank") String name, @Nullable @Size(max = 100) String code,
			@Nullable Strategy strategy, @Nullable Boolean onlineOnly, @Nullable @Min(0) Integer maxOpenContacts,
			@Nullable @Min(1) @Max(TeamDetails.MAX_QUEUE_TIMEOUT_SECONDS) Integer queueTimeoutSeconds,
			@Nullable List<String> autoTags,
			@Nullable @Size(max = TeamDetails.MAX_OUT_OF_HOURS_REPLY) String outOfHoursReply,
			@Nullable OnAgentLeave onAgentLeave, @Nullable @Min(0) @Max(LEAVE_GRACE_MAX) Integer leaveGraceSeconds,
			@Nullable @TransferSeconds Integer unansweredTransferSeconds) {
	}

	record Members(@NotNull @Size(max = 10_000) List<@NotBlank String> agentIds) {
	}

	/**
	 * {@code available}: inside the team's hours (always, without a schedule);
	 * {@code unansweredTransferSeconds} null when off.
	 */
	record TeamResponse(String id, String name, @Nullable String code, Strategy strategy, boolean onlineOnly,
			@Nullable Integer maxOpenContacts, int queueTimeoutSeconds, List<String> autoTags, List<String> memberIds,
			@Nullable String outOfHoursReply, OnAgentLeave onAgentLeave, long leaveGraceSeconds,
			@Nullable Long unansweredTransferSeconds, boolean available) {

		static TeamResponse of(TeamView team, List<Long> memberIds, boolean available) {
			Duration window = team.unansweredRule().window();
			return new TeamResponse(Long.toString(team.id()), team.name(), team.code(), team.strategy(),
					team.onlineOnly(), team.maxOpenContacts(), team.queueTimeoutSeconds(),
					team.autoTags().tags(), memberIds.stream().map(String::valueOf).toList(), team.outOfHoursReply(),
					team.leaveRule().onLeave(), team.leaveRule().grace().toSeconds(),
					window == null ? null : window.toSeconds(), available);
		}
	}

}
