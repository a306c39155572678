package dev.tether.api.org;

import dev.tether.api.security.Caller;
import dev.tether.core.Refusal;
import dev.tether.persistence.org.OrgService;
import dev.tether.persistence.org.OrgService.CreatedOrg;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Bootstrap: the platform admin creates an org and receives its first owner token. */
@RestController
class OrgController {

	private final OrgService orgs;

	OrgController(OrgService orgs) {
		this.orgs = orgs;
	}

	@PostMapping("/api/v1/orgs")
	@ResponseStatus(HttpStatus.CREATED)
	CreatedOrgResponse create(Caller caller, @Valid @RequestBody NewOrg body) {
		if (!(caller instanceof Caller.PlatformAdmin)) {
			throw Refusal.forbidden("Only the platform admin token creates orgs");
		}
		CreatedOrg created = orgs.create(body.name().strip(), body.timezone());
		return new CreatedOrgResponse(created.org().getId().toString(), created.org().getName(),
				created.org().getTimezone(), created.ownerToken());
	}

	record NewOrg(@NotBlank @Size(max = 200) String name, @Nullable @Size(max = 64) String timezone) {
	}

	record CreatedOrgResponse(String id, String name, String timezone, String ownerToken) {
	}
}
