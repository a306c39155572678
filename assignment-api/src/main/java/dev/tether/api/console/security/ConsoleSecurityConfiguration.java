package dev.tether.api.console.security;

import java.util.List;
import java.util.Map;

import dev.tether.persistence.account.SignInThrottle;
import dev.tether.persistence.account.SignIns;
import jakarta.servlet.DispatcherType;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.ExceptionMappingAuthenticationFailureHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The console's own filter chain, ahead of the API's: form login with a session, CSRF tokens on
 * every form, a new session id at sign-in, sign-out, and pages that keep to themselves (no
 * referrer leaves them, nothing outside the app runs in them). The API's chain stays as it is:
 * stateless, bearer tokens only.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ConsoleProperties.class)
class ConsoleSecurityConfiguration implements WebMvcConfigurer {

	static final String LOGIN = "/console/login";

	static final String DENIED = "/console/denied";

	private static final String CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' data:; "
			+ "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

	private final ConsoleUsers users;

	ConsoleSecurityConfiguration(ConsoleUsers users) {
		this.users = users;
	}

	/** Bcrypt today, and any hash stored under an older or newer encoder still checks. */
	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	@Bean
	SignInThrottle signInThrottle(ConsoleProperties properties) {
		return new SignInThrottle(properties.signInMaxFailures(), properties.signInLockout());
	}

	@Bean
	@Order(1)
	SecurityFilterChain consoleFilterChain(HttpSecurity http, SignIns signIns) throws Exception {
		ExceptionMappingAuthenticationFailureHandler failures = new ExceptionMappingAuthenticationFailureHandler();
		failures.setDefaultFailureUrl(LOGIN + "?error");
		failures.setExceptionMappings(Map.of(LockedException.class.getName(), LOGIN + "?throttled"));
		http.securityMatcher("/console", "/console/**")
			.authenticationProvider(new ConsoleSignIn(signIns))
			.authorizeHttpRequests(requests -> requests.dispatcherTypeMatchers(DispatcherType.FORWARD, DispatcherType.ERROR)
				.permitAll()
				.requestMatchers(LOGIN, DENIED, "/console/invite/**", "/console/welcome", "/console/assets/**")
				.permitAll()
				.anyRequest()
				.hasAuthority(ConsoleSignIn.AUTHORITY))
			.formLogin(form -> form.loginPage(LOGIN)
				.usernameParameter("email")
				.passwordParameter("password")
				.defaultSuccessUrl("/console/work")
				.failureHandler(failures))
			.logout(logout -> logout.logoutUrl("/console/logout").logoutSuccessUrl(LOGIN + "?signedOut"))
			.sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()))
			.headers(headers -> headers.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER))
				.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY)))
			.exceptionHandling(errors -> errors.accessDeniedPage(DENIED));
		return http.build();
	}

	@Override
	public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
		resolvers.add(new ConsoleUserResolver(users));
	}
}
