package dev.tether.api.org;

import java.util.List;

import dev.tether.api.security.Caller;
import dev.tether.api.web.Ids;
import dev.tether.api.web.TagsInput;
import dev.tether.core.access.Role;
import dev.tether.core.binding.AssignmentMode;
import dev.tether.core.binding.AutoTags;
import dev.tether.persistence.org.OrgService;
import dev.tether.persistence.org.OrgView;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The org's assignment settings: mode, auto tags, default team. */
@RestController
public class SettingsController {

	private final OrgService orgs;

	SettingsController(OrgService orgs) {
		this.orgs = orgs;
	}

	@GetMapping("/api/v1/settings")
	Settings get(Caller.Member caller) {
		caller.require(Role.OWNER, Role.ADMIN);
		return Settings.of(orgs.get(caller.orgId()));
	}

	@PutMapping("/api/v1/settings")
	Settings put(Caller.Member caller, @Valid @RequestBody Settings body) {
		caller.require(Role.OWNER, Role.ADMIN);
		AutoTags tags = TagsInput.of("autoTags", body.autoTags() == null ? List.of() : body.autoTags());
		return Settings.of(orgs.changeSettings(caller.orgId(), body.assignmentMode(), tags,
				Ids.parse(body.defaultTeamId(), "TEAM_NOT_FOUND", "team")));
	}

	/** Public, so the console's form binds to this record and shows the same validation errors. */
	public record Settings(@NotNull AssignmentMode assignmentMode, @Nullable List<String> autoTags,
			@Nullable String defaultTeamId) {

		public static Settings of(OrgView org) {
			return new Settings(org.assignmentMode(), org.autoTags().tags(), Ids.format(org.defaultTeamId()));
		}
	}
}
