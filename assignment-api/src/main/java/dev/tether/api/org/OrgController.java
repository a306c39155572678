package dev.tether.api.org;

import dev.tether.api.security.Caller;
import dev.tether.api.web.InviteLinks;
import dev.tether.core.Refusal;
import dev.tether.persistence.account.OwnerOnboarding.OnboardedOrg;
import dev.tether.persistence.account.OwnerOnboarding;
import dev.tether.persistence.org.OrgService.CreatedOrg;
import dev.tether.persistence.org.OrgService;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Bootstrap: the platform admin creates an org and receives its first owner token; named with
 * {@code ownerEmail} and {@code ownerName}, the first owner also becomes a person who signs in to
 * the console through {@code ownerInviteUrl}.
 */
@RestController
class OrgController {

	private final OrgService orgs;

	private final OwnerOnboarding onboarding;

	OrgController(OrgService orgs, OwnerOnboarding onboarding) {
		this.orgs = orgs;
		this.onboarding = onboarding;
	}

	@PostMapping("/api/v1/orgs")
	@ResponseStatus(HttpStatus.CREATED)
	CreatedOrgResponse create(Caller caller, @Valid @RequestBody NewOrg body) {
		if (!(caller instanceof Caller.PlatformAdmin)) {
			throw Refusal.forbidden("Only the platform admin token creates orgs");
		}
		if (body.ownerEmail() == null && body.ownerName() == null) {
			return CreatedOrgResponse.of(orgs.create(body.name().strip(), body.timezone()), null);
		}
		if (body.ownerEmail() == null || body.ownerName() == null) {
			throw Refusal.invalidInput("VALIDATION_FAILED", "ownerEmail and ownerName: give both or neither");
		}
		OnboardedOrg onboarded = onboarding.create(body.name().strip(), body.timezone(), body.ownerEmail(),
				body.ownerName());
		return CreatedOrgResponse.of(onboarded.created(), onboarded);
	}

	record NewOrg(@NotBlank @Size(max = 200) String name, @Nullable @Size(max = 64) String timezone,
			@Nullable @Email @Size(min = 3, max = 320) String ownerEmail,
			@Nullable @Size(max = 200) @Pattern(regexp = "(?s).*\\S.*", message = "must not be blank") String ownerName) {
	}

	/** {@code ownerAgentId} and {@code ownerInviteUrl} are null unless the owner was named. */
	record CreatedOrgResponse(String id, String name, String timezone, String ownerToken,
			@Nullable String ownerAgentId, @Nullable String ownerInviteUrl) {

		static CreatedOrgResponse of(CreatedOrg created, @Nullable OnboardedOrg onboarded) {
			return new CreatedOrgResponse(Long.toString(created.org().id()), created.org().name(),
					created.org().timezone(), created.ownerToken(),
					onboarded == null ? null : Long.toString(onboarded.ownerInvite().agent().id()),
					onboarded == null ? null : InviteLinks.of(onboarded.ownerInvite().secret()));
		}
	}
}
