package dev.tether.api.console.security;

import java.util.List;

import dev.tether.persistence.account.SignInOutcome;
import dev.tether.persistence.account.SignIns;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** Checks the login form's email and password through {@link SignIns}, which also throttles guessing. */
class ConsoleSignIn implements AuthenticationProvider {

	/** Console sessions carry this authority only; the API asks for another, so a session opens nothing there. */
	static final String AUTHORITY = "ROLE_CONSOLE";

	private final SignIns signIns;

	ConsoleSignIn(SignIns signIns) {
		this.signIns = signIns;
	}

	@Override
	public Authentication authenticate(Authentication attempt) {
		String password = attempt.getCredentials() == null ? "" : attempt.getCredentials().toString();
		SignInOutcome outcome = signIns.attempt(attempt.getName(), password);
		if (outcome instanceof SignInOutcome.SignedIn signedIn) {
			return UsernamePasswordAuthenticationToken.authenticated(
					new SignedInAgent(signedIn.agent().id(), signedIn.agent().orgId()), null,
					List.of(new SimpleGrantedAuthority(AUTHORITY)));
		}
		if (outcome instanceof SignInOutcome.Throttled) {
			throw new LockedException("Too many failed sign-ins for this email");
		}
		throw new BadCredentialsException("Wrong email or password");
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}
}
