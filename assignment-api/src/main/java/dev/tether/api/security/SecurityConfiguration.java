package dev.tether.api.security;

import dev.tether.api.config.TetherProperties;
import dev.tether.api.error.ProblemWriter;
import dev.tether.persistence.org.TokenService;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.WebSecurityCustomizer;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.firewall.RequestRejectedHandler;

/**
 * Every {@code /api/**} call needs a bearer token; the LINE webhook proves itself with its
 * signature instead. What each role may do is decided per endpoint, through {@link Caller}.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	@Bean
	AdminToken adminToken(TetherProperties properties) {
		return AdminToken.resolve(properties);
	}

	/** The firewall's refusals (encoded dots, slashes or semicolons in the path) as problem details. */
	@Bean
	RequestRejectedHandler requestRejectedHandler(ProblemWriter problems) {
		return (request, response, rejected) -> problems.write(response, HttpStatus.BAD_REQUEST, "REQUEST_REJECTED",
				"The request URL holds a sequence Tether does not accept");
	}

	/**
	 * The LINE webhook proves itself by its signature, checked on the raw body: it needs no
	 * security context, so it skips the filters (the firewall still checks its URL).
	 */
	@Bean
	WebSecurityCustomizer lineWebhookWithoutSecurityFilters() {
		return web -> web.ignoring().requestMatchers("/line/webhook/**");
	}

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, AdminToken adminToken, TokenService tokens,
			ProblemWriter problems) {
		http.csrf(AbstractHttpConfigurer::disable)
			.httpBasic(AbstractHttpConfigurer::disable)
			.formLogin(AbstractHttpConfigurer::disable)
			.logout(AbstractHttpConfigurer::disable)
			.requestCache(AbstractHttpConfigurer::disable)
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.addFilterBefore(new BearerTokenFilter(adminToken.value(), tokens), AnonymousAuthenticationFilter.class)
			.authorizeHttpRequests(requests -> requests.requestMatchers("/api/**")
				.hasRole("CALLER")
				.anyRequest()
				.permitAll())
			.exceptionHandling(errors -> errors
				.authenticationEntryPoint((request, response, ex) -> problems.write(response, HttpStatus.UNAUTHORIZED,
						"UNAUTHENTICATED", "A valid bearer token is required"))
				.accessDeniedHandler((request, response, ex) -> problems.write(response, HttpStatus.FORBIDDEN,
						"FORBIDDEN", "This token may not do this")));
		return http.build();
	}
}
