package dev.tether.api.org;

import dev.tether.api.security.Caller;
import dev.tether.api.web.Ids;
import dev.tether.core.Refusal;
import dev.tether.core.access.Role;
import dev.tether.persistence.org.IssuedToken;
import dev.tether.persistence.org.TokenService;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Owners and admins issue and revoke their org's tokens; a secret is shown once, here. */
@RestController
class TokenController {

	private final TokenService tokens;

	TokenController(TokenService tokens) {
		this.tokens = tokens;
	}

	@PostMapping("/api/v1/tokens")
	@ResponseStatus(HttpStatus.CREATED)
	TokenResponse issue(Caller.Member caller, @Valid @RequestBody NewToken body) {
		caller.require(Role.OWNER, Role.ADMIN);
		if (body.role() == Role.OWNER && caller.role() != Role.OWNER) {
			throw Refusal.forbidden("Only an owner may issue owner tokens");
		}
		IssuedToken issued = tokens.issue(caller.orgId(), body.name().strip(), body.role(),
				Ids.parse(body.agentId(), "AGENT_NOT_FOUND", "agent"));
		return new TokenResponse(Long.toString(issued.token().id()), issued.token().name(), issued.secret(),
				issued.token().role(), Ids.format(issued.token().agentId()));
	}

	@DeleteMapping("/api/v1/tokens/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void revoke(Caller.Member caller, @PathVariable long id) {
		caller.require(Role.OWNER, Role.ADMIN);
		tokens.revoke(caller.orgId(), id);
	}

	record NewToken(@NotBlank @Size(max = 200) String name, @NotNull Role role, @Nullable String agentId) {
	}

	record TokenResponse(String id, String name, String token, Role role, @Nullable String agentId) {
	}
}
